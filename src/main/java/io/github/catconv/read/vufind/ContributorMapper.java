package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.catalog.ParsedName;
import io.github.catconv.catalog.Roles;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the name fields of a page to contributors with roles.
 *
 * <p>Solr: {@code author} (+ {@code author_role}), {@code author_corporate} (+ role),
 * {@code author2} (+ {@code author2_role}), {@code author_additional}. When the staff view has none,
 * the header's "Main Authors", "Corporate Authors" and "Other Authors" are read instead.
 * A secondary name without a role is an editor only when the statement of responsibility in
 * {@code title_full} says so ("ed. by Leonidas Donskis"); otherwise a plain contributor.
 */
final class ContributorMapper {

    /** Statement-of-responsibility words that make the named persons editors (245 $c). */
    private static final Pattern EDITED_BY = Pattern.compile(
            "(?iu)\\b(ed\\.|eds\\.|edited|editor|editors|hrsg\\.?|herausgegeben|éd\\.|édité|a cura di|edición|editado|red\\.|redakcja|под ред)");

    private ContributorMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        Set<String> seen = new HashSet<>();
        int before = 0;
        before += add(f, b, "author", "author_role", ContributorRole.AUTHOR, false, seen);
        before += add(f, b, "author_corporate", "author_corporate_role", ContributorRole.AUTHOR, true, seen);
        String statement = responsibility(f);
        before += addSecondary(f, b, "author2", "author2_role", statement, seen);
        before += addSecondary(f, b, "author_additional", null, statement, seen);
        if (before == 0) {
            addHeader(f, b, seen);
        }
    }

    private static int add(PageFields f, BibRecord.Builder b, String field, String roleField, ContributorRole dflt,
                           boolean corporate, Set<String> seen) {
        List<String> names = f.values(field);
        List<String> roles = roleField == null ? List.of() : f.values(roleField);
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            String heading = spaced(names.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            ParsedName p = corporate ? NameParser.parseOrganization(heading) : NameParser.parse(heading);
            ContributorRole role = roleAt(roles, i, names.size()).or(p::role).orElse(dflt);
            if (addOnce(b, role, p.agent(), seen)) {
                b.provenance("contributors[" + seen.size() + "]", new io.github.catconv.model.Provenance(field, f.line(field, i), ""));
                n++;
            }
        }
        return n;
    }

    private static int addSecondary(PageFields f, BibRecord.Builder b, String field, String roleField, String statement,
                                    Set<String> seen) {
        List<String> names = f.values(field);
        List<String> roles = roleField == null ? List.of() : f.values(roleField);
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            String heading = spaced(names.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            ParsedName p = NameParser.parse(heading);
            Optional<ContributorRole> role = roleAt(roles, i, names.size()).or(p::role);
            String rule = "";
            if (role.isEmpty() && isNamedAsEditor(statement, p.agent())) {
                role = Optional.of(ContributorRole.EDITOR);
                rule = "editor per statement of responsibility in title_full";
            }
            if (addOnce(b, role.orElse(ContributorRole.CONTRIBUTOR), p.agent(), seen)) {
                b.provenance("contributors[" + seen.size() + "]",
                        new io.github.catconv.model.Provenance(field, f.line(field, i), rule));
                n++;
            }
        }
        return n;
    }

    private static void addHeader(PageFields f, BibRecord.Builder b, Set<String> seen) {
        String[][] labels = {{"Main Authors", "AUTHOR"}, {"Main Author", "AUTHOR"},
            {"Corporate Authors", "CORP"}, {"Corporate Author", "CORP"}, {"Authors", "AUTHOR"},
            {"Other Authors", "OTHER"}};
        for (String[] l : labels) {
            String key = PageFields.HEADER + l[0];
            for (String line : f.values(key)) {
                for (String heading : NameParser.splitJoinedHeadings(line)) {
                    ParsedName p = l[1].equals("CORP") ? NameParser.parseOrganization(heading) : NameParser.parse(heading);
                    ContributorRole dflt = l[1].equals("OTHER") ? ContributorRole.CONTRIBUTOR : ContributorRole.AUTHOR;
                    if (addOnce(b, p.role().orElse(dflt), p.agent(), seen)) {
                        b.provenance("contributors[" + seen.size() + "]", f.from(key, "header names split at ', '"));
                    }
                }
            }
        }
    }

    /** No-break and zero-width spaces in a name heading are plain spaces or nothing (case B31 in docs/errors.md). */
    private static String spaced(String heading) {
        return heading.replace('\u00A0', ' ').replace('\u202F', ' ').replace("\u200B", "").strip();
    }

    /** A parallel role list applies only when it has one entry per name (VuFind pads with "-"). */
    private static Optional<ContributorRole> roleAt(List<String> roles, int i, int count) {
        if (roles.size() != count || i >= roles.size()) {
            return Optional.empty();
        }
        String r = roles.get(i).strip();
        return r.isEmpty() || r.equals("-") ? Optional.empty() : Roles.fromTerm(r);
    }

    private static boolean addOnce(BibRecord.Builder b, ContributorRole role, Agent agent, Set<String> seen) {
        String key = role + "|" + agent.displayName().toLowerCase(Locale.ROOT);
        if (!seen.add(key)) {
            return false;
        }
        b.addContributor(new Contributor(role, agent));
        return true;
    }

    private static String responsibility(PageFields f) {
        String full = f.first("title_full");
        if (full == null) {
            return null;
        }
        int slash = full.indexOf(" / ");
        return slash < 0 ? null : full.substring(slash + 3);
    }

    private static boolean isNamedAsEditor(String statement, Agent agent) {
        if (statement == null || !(agent instanceof Person p) || p.isLiteral()) {
            return false;
        }
        return EDITED_BY.matcher(statement).find() && statement.contains(p.family());
    }
}
