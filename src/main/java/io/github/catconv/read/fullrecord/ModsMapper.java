package io.github.catconv.read.fullrecord;

import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.Languages;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.catalog.ParsedName;
import io.github.catconv.catalog.Roles;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps the basics of a MODS record (Library of Congress MODS 3.x) onto a record: the first
 * {@code titleInfo} (nonSort + title, subTitle, partNumber, partName), {@code name} with
 * {@code role/roleTerm} (code or text), {@code originInfo} (place, publisher, dateIssued, edition),
 * {@code physicalDescription/extent}, {@code language}, {@code abstract}, {@code note},
 * {@code subject/topic|geographic}, {@code genre} (type), {@code identifier} by type,
 * {@code location/url} and the host {@code relatedItem type="host"} with its {@code part}
 * (volume, issue, pages).
 */
final class ModsMapper {

    /** The schemes by their ids ("doi", "isbn", …); local control numbers are not a MODS type. */
    private static final Map<String, IdentifierScheme> SCHEMES_BY_ID = Arrays.stream(IdentifierScheme.values())
            .filter(s -> s != IdentifierScheme.CONTROL_NUMBER)
            .collect(Collectors.toUnmodifiableMap(IdentifierScheme::id, s -> s));

    private ModsMapper() {
    }

    /**
     * Maps the first {@code mods} element in a tree.
     *
     * @param root the parsed record; not null
     * @param id the record id; not null
     * @param ctx where warnings go (identifiers that cannot be read), and the input file name
     * @param line the input line, 0 when unknown
     * @return the record, empty when there is no {@code mods} element
     */
    static Optional<BibRecord> map(XmlNode root, String id, ReadContext ctx, int line) {
        XmlNode mods = DublinCoreMapper.find(root, "mods");
        if (mods == null) {
            return Optional.empty();
        }
        BibRecord.Builder b = BibRecord.builder().id(id);
        title(mods.child("titleInfo"), b, line);
        for (XmlNode n : mods.all("name")) {
            name(n, b);
        }
        origin(mods.child("originInfo"), b);
        XmlNode phys = mods.child("physicalDescription");
        if (phys != null && phys.text("extent") != null) {
            b.physicalDescription(phys.text("extent"));
        }
        XmlNode lang = mods.child("language");
        if (lang != null) {
            lang.texts("languageTerm").stream().map(Languages::toBcp47).flatMap(Optional::stream).findFirst()
                    .ifPresent(b::language);
        }
        b.abstractText(mods.text("abstract"));
        mods.texts("note").forEach(b::addNote);
        for (XmlNode s : mods.all("subject")) {
            s.children().stream().filter(c -> c.name().equals("topic") || c.name().equals("geographic"))
                    .map(c -> Isbd.clean(c.text())).filter(t -> !t.isEmpty()).forEach(b::addSubject);
        }
        mods.texts("genre").stream().map(HarvestedTypes::of).flatMap(Optional::stream).findFirst()
                .ifPresent(t -> b.type(t).provenance("type", new Provenance("mods:genre", line, "")));
        IdentifierIntake identifiers = new IdentifierIntake(id, ctx::warn);
        identifiers(mods, b, line, identifiers);
        for (XmlNode loc : mods.all("location")) {
            loc.texts("url").forEach(u -> DublinCoreMapper.identifier(u, "mods:location/url", line, identifiers, b));
        }
        b.identifiers(identifiers.identifiers());
        host(mods, b, line);
        b.source(new SourceInfo(id, null, null, "mods", List.of(), ctx.fileName(), line));
        return Optional.of(b.build());
    }

    private static void title(XmlNode ti, BibRecord.Builder b, int line) {
        if (ti == null || ti.text("title") == null) {
            return;
        }
        String nonSort = ti.text("nonSort");
        StringBuilder t = new StringBuilder((nonSort == null ? "" : nonSort.strip() + " ") + Isbd.clean(ti.text("title")));
        for (String part : new String[] {"partNumber", "partName"}) {
            if (ti.text(part) != null) {
                t.append(". ").append(Isbd.clean(ti.text(part)));
            }
        }
        b.title(t.toString()).provenance("title", new Provenance("mods:titleInfo", line, ""));
        if (ti.text("subTitle") != null) {
            b.subtitle(Isbd.clean(ti.text("subTitle")));
        }
    }

    private static void name(XmlNode n, BibRecord.Builder b) {
        String family = null;
        String given = null;
        StringBuilder plain = new StringBuilder();
        for (XmlNode p : n.all("namePart")) {
            switch (p.attr("type")) {
                case "family" -> family = p.text();
                case "given" -> given = p.text();
                case "date", "termsOfAddress" -> { }
                default -> plain.append(plain.length() == 0 ? "" : " ").append(p.text());
            }
        }
        String heading = family != null ? family + (given == null ? "" : ", " + given) : plain.toString().strip();
        if (heading.isEmpty()) {
            return;
        }
        boolean personal = !n.attr("type").equals("corporate") && !n.attr("type").equals("conference");
        ParsedName p = personal ? NameParser.parse(heading) : NameParser.parseOrganization(heading);
        Agent agent = personal ? p.agent() : new Organization(p.agent().displayName());
        ContributorRole role = ContributorRole.AUTHOR;
        XmlNode r = n.child("role");
        if (r != null) {
            role = r.texts("roleTerm").stream().map(Roles::fromTerm).flatMap(Optional::stream).findFirst()
                    .orElse(ContributorRole.CONTRIBUTOR);
        }
        b.addContributor(new Contributor(role, agent));
    }

    private static void origin(XmlNode o, BibRecord.Builder b) {
        if (o == null) {
            return;
        }
        for (XmlNode place : o.all("place")) {
            place.all("placeTerm").stream().filter(t -> !t.attr("type").equals("code")).map(XmlNode::text)
                    .map(Isbd::cleanPlaceOrPublisher).flatMap(Optional::stream).findFirst().ifPresent(b::place);
        }
        Optional.ofNullable(o.text("publisher")).flatMap(Isbd::cleanPlaceOrPublisher).ifPresent(b::publisher);
        String date = o.text("dateIssued");
        DateParser.parse(date == null ? o.text("copyrightDate") : date).ifPresent(b::issued);
        if (o.text("edition") != null) {
            b.edition(Isbd.clean(o.text("edition")));
        }
    }

    /**
     * {@code identifier} by its {@code type}: a scheme's id ("doi", "isbn", "lccn", …, also "hdl")
     * gives that scheme; a URL is a URL whatever the type; "uri" is read by its shape as a Dublin
     * Core identifier is.
     */
    private static void identifiers(XmlNode mods, BibRecord.Builder b, int line, IdentifierIntake identifiers) {
        for (XmlNode i : mods.all("identifier")) {
            String v = i.text();
            if (v == null || v.isBlank()) {
                continue;
            }
            String type = i.attr("type").toLowerCase(java.util.Locale.ROOT);
            IdentifierScheme scheme = type.equals("hdl") ? IdentifierScheme.HANDLE : SCHEMES_BY_ID.get(type);
            if (type.equals("uri") || DublinCoreMapper.isUrl(v.strip())) {
                DublinCoreMapper.identifier(v, "mods:identifier", line, identifiers, b);
            } else if (scheme != null) {
                identifiers.add(scheme, v, "mods:identifier", line);
            }
        }
    }

    /** relatedItem type="host": container title; part of the record or of the host: volume, issue, pages. */
    private static void host(XmlNode mods, BibRecord.Builder b, int line) {
        for (XmlNode ri : mods.all("relatedItem")) {
            if (!ri.attr("type").equals("host")) {
                continue;
            }
            Container c = b.containerOrEmpty();
            XmlNode ti = ri.child("titleInfo");
            if (ti != null && ti.text("title") != null) {
                c = c.withTitle(Isbd.clean(ti.text("title")));
            }
            XmlNode part = ri.child("part") != null ? ri.child("part") : mods.child("part");
            if (part != null) {
                c = part(part, c);
            }
            b.container(c).provenance("container", new Provenance("mods:relatedItem", line, "host"));
            return;
        }
    }

    private static Container part(XmlNode part, Container c) {
        for (XmlNode d : part.all("detail")) {
            String n = d.text("number");
            switch (d.attr("type")) {
                case "volume" -> c = c.withVolume(n);
                case "issue", "number" -> c = c.withIssue(n);
                default -> { }
            }
        }
        XmlNode ext = part.child("extent");
        if (ext != null && ext.text("start") != null) {
            String s = ext.text("start");
            String e = ext.text("end");
            c = c.withPages(new PageRange(s, e, s + (e == null ? "" : "-" + e)));
        }
        return c;
    }
}
