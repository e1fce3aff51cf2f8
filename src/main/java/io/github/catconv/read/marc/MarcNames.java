package io.github.catconv.read.marc;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.catalog.ParsedName;
import io.github.catconv.catalog.Roles;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the name fields 100/110/111/700/710/711 to contributors ({@link MarcTables.NameField}).
 * The role comes from the relator codes ($4, MARC Code List for Relators) first, then the relator
 * terms ($e, or $j for meetings); without either a main entry is the author and an added entry a
 * contributor, or an editor when the statement of responsibility (245 $c) says "ed. by" and names
 * the person, the rule the staff-view reader applies too.
 */
final class MarcNames {

    private final MarcRecord m;
    private final String statement;
    private final Set<String> seen = new HashSet<>();

    MarcNames(MarcRecord m) {
        this.m = m;
        this.statement = m.field("245").map(f -> f.join("c")).orElse(null);
    }

    void addTo(BibRecord.Builder b) {
        for (MarcTables.NameField nf : MarcTables.NameField.values()) {
            for (MarcRecord.Field f : m.fields(nf.tag)) {
                add(nf, f, b);
            }
        }
    }

    private void add(MarcTables.NameField nf, MarcRecord.Field f, BibRecord.Builder b) {
        ParsedName p = parsed(nf, f);
        if (p == null) {
            return;
        }
        Agent agent = agent(nf, p);
        Optional<ContributorRole> role = relator(f, nf).or(p::role);
        String rule = "";
        if (role.isEmpty() && !nf.main && isNamedAsEditor(agent)) {
            role = Optional.of(ContributorRole.EDITOR);
            rule = "editor per statement of responsibility in 245$c";
        }
        ContributorRole r = role.orElse(nf.main ? ContributorRole.AUTHOR : ContributorRole.CONTRIBUTOR);
        String key = r + "|" + agent.displayName().toLowerCase(Locale.ROOT);
        if (seen.add(key)) {
            b.addContributor(new Contributor(r, agent));
            b.provenance("contributors[" + seen.size() + "]", MarcMapper.prov(f, nf.tag, rule));
        }
    }

    /** The agent a name field holds, as {@link #addTo} adds it; null when the field names no one. */
    static Agent agentOf(MarcTables.NameField nf, MarcRecord.Field f) {
        ParsedName p = parsed(nf, f);
        return p == null ? null : agent(nf, p);
    }

    private static ParsedName parsed(MarcTables.NameField nf, MarcRecord.Field f) {
        String heading = heading(nf, f);
        if (heading == null) {
            return null;
        }
        return nf.kind == MarcTables.NameKind.PERSON ? NameParser.parse(heading) : NameParser.parseOrganization(heading);
    }

    private static Agent agent(MarcTables.NameField nf, ParsedName p) {
        return nf.kind == MarcTables.NameKind.PERSON ? p.agent() : new Organization(p.agent().displayName());
    }

    /** The name subfields joined: persons with ", " before dates, organisations and meetings with spaces. */
    private static String heading(MarcTables.NameField nf, MarcRecord.Field f) {
        StringBuilder sb = new StringBuilder();
        for (MarcRecord.Subfield s : f.subfields()) {
            if (nf.nameCodes.indexOf(s.code()) < 0 || s.value().isBlank()) {
                continue;
            }
            String v = s.value().strip();
            if (sb.length() > 0) {
                boolean comma = nf.kind == MarcTables.NameKind.PERSON && s.code() == 'd'
                        && !sb.toString().endsWith(",");
                sb.append(comma ? ", " : " ");
            }
            sb.append(v);
        }
        String h = Isbd.clean(sb.toString());
        return h.isEmpty() ? null : h;
    }

    private static Optional<ContributorRole> relator(MarcRecord.Field f, MarcTables.NameField nf) {
        for (String code : f.values('4')) {
            Optional<ContributorRole> r = Roles.fromTerm(code.strip());
            if (r.isPresent()) {
                return r;
            }
        }
        for (MarcRecord.Subfield s : f.subfields()) {
            if (nf.termCodes.indexOf(s.code()) >= 0) {
                Optional<ContributorRole> r = Roles.fromTerm(Isbd.clean(s.value()));
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isNamedAsEditor(Agent agent) {
        if (statement == null || !(agent instanceof Person p) || p.isLiteral()) {
            return false;
        }
        return MarcTables.EDITED_BY.matcher(statement).find() && statement.contains(p.family());
    }
}
