package io.github.catconv.read.fullrecord;

import io.github.catconv.read.marc.HostCitation;
import io.github.catconv.catalog.DateParser;
import io.github.catconv.internal.HtmlText;
import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.Languages;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.catalog.ParsedName;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a Dublin Core record ({@code oai_dc:dc}, as VuFind stores harvested records in
 * {@code fullrecord}) onto a record: {@code title}; {@code creator} authors and
 * {@code contributor} contributors; {@code date} (exact dates kept); {@code type} via
 * {@link HarvestedTypes}; {@code identifier} DOIs, URNs, handles and URLs; {@code source} the
 * journal citation ("Harm Reduct J. 2018 Aug 14;15:44") → container title, volume, issue, pages;
 * {@code publisher}, {@code language}, {@code description} (abstract), {@code subject},
 * {@code rights}. DCMI Metadata Terms define the elements; the citation forms are PubMed
 * Central's and OJS's OAI output.
 */
final class DublinCoreMapper {

    /** The container title ends before ". 2018", ";", ", Vol", " (2010)" or " 12(3)". */
    private static final Pattern SOURCE_TITLE = Pattern.compile(
            "^(.+?)(?:\\.\\s+\\d{4}\\b|\\s*;|,\\s*(?:vol|bd|v|jg)\\.?\\s|\\s+\\(\\d{4}\\)|\\s+\\d+\\s*\\(|$)",
            Pattern.CASE_INSENSITIVE);

    private DublinCoreMapper() {
    }

    /**
     * Maps the {@code dc} element found in a tree (the root or below, e.g. inside an OAI record).
     *
     * @param root the parsed record; not null
     * @param id the record id to use; not null
     * @param ctx where warnings go (identifiers that cannot be read), and the input file name
     * @param line the input line of the record, 0 when unknown
     * @return the record, empty when the tree holds no {@code dc} element
     */
    static Optional<BibRecord> map(XmlNode root, String id, ReadContext ctx, int line) {
        XmlNode dc = find(root, "dc");
        if (dc == null) {
            return Optional.empty();
        }
        BibRecord.Builder b = BibRecord.builder().id(id);
        String title = dc.text("title");
        if (title != null) {
            b.title(Isbd.clean(HtmlText.stripTags(title))).provenance("title", new Provenance("dc:title", line, ""));
        }
        addNames(dc.texts("creator"), ContributorRole.AUTHOR, b);
        addNames(dc.texts("contributor"), ContributorRole.CONTRIBUTOR, b);
        mapType(dc, b, line);
        String date = dc.text("date");
        DateParser.parse(date).ifPresent(d -> b.issued(d).provenance("issued", new Provenance("dc:date", line, "")));
        Optional.ofNullable(dc.text("publisher")).flatMap(Isbd::cleanPlaceOrPublisher).ifPresent(b::publisher);
        dc.texts("language").stream().map(Languages::toBcp47).flatMap(Optional::stream).findFirst()
                .ifPresent(l -> b.language(l).provenance("language", new Provenance("dc:language", line, "")));
        String desc = dc.text("description");
        if (desc != null) {
            b.abstractText(HtmlText.stripTags(desc)).provenance("abstract", new Provenance("dc:description", line, ""));
        }
        dc.texts("subject").stream().map(Isbd::clean).filter(s -> !s.isEmpty()).distinct().forEach(b::addSubject);
        b.rights(dc.text("rights"));
        IdentifierIntake identifiers = new IdentifierIntake(id, ctx::warn);
        dc.texts("identifier").forEach(v -> identifier(v, "dc:identifier", line, identifiers, b));
        for (String s : dc.texts("source")) {
            source(s, b, line, identifiers);
        }
        b.identifiers(identifiers.identifiers());
        b.source(new SourceInfo(id, null, null, "dc", List.of(), ctx.fileName(), line));
        return Optional.of(b.build());
    }

    static XmlNode find(XmlNode n, String local) {
        if (n.name().equals(local)) {
            return n;
        }
        for (XmlNode c : n.children()) {
            XmlNode f = find(c, local);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static void addNames(List<String> names, ContributorRole role, BibRecord.Builder b) {
        for (String n : names) {
            ParsedName p = NameParser.parse(n);
            b.addContributor(new Contributor(p.role().orElse(role), p.agent()));
        }
    }

    private static void mapType(XmlNode dc, BibRecord.Builder b, int line) {
        for (String t : dc.texts("type")) {
            Optional<RecordType> r = HarvestedTypes.of(t);
            if (r.isPresent()) {
                b.type(r.get()).provenance("type", new Provenance("dc:type", line, ""));
                return;
            }
        }
    }

    /**
     * A URL (kept, with the identifiers a resolver URL carries), or a value whose shape names its
     * scheme: "urn:…", a DOI ("10.…", "doi:10.…"), "ISSN …", "ISBN …"; other values are ignored.
     */
    static void identifier(String v, String field, int line, IdentifierIntake identifiers, BibRecord.Builder b) {
        String s = v.strip();
        if (isUrl(s)) {
            b.addUrl(s);
            identifiers.addFromUrl(s);
        } else if (s.toLowerCase(java.util.Locale.ROOT).startsWith("urn:")) {
            identifiers.add(IdentifierScheme.URN, s, field, line);
        } else if (s.matches("(?i)(doi:\\s*)?10\\.\\d{4,9}/\\S+")) {
            identifiers.add(IdentifierScheme.DOI, s, field, line);
        } else if (s.matches("(?i)issn:?\\s*\\S+")) {
            identifiers.add(IdentifierScheme.ISSN, s, field, line);
        } else if (s.matches("(?i)isbn:?\\s*\\S+")) {
            identifiers.add(IdentifierScheme.ISBN, s, field, line);
        }
    }

    static boolean isUrl(String s) {
        return s.matches("(?i)(https?|ftp)://\\S+");
    }

    /** The journal citation in {@code source}: title before the date/volume part, then volume, issue, pages. */
    private static void source(String s, BibRecord.Builder b, int line, IdentifierIntake identifiers) {
        if (s.matches("(?i)(https?://|issn|isbn|urn:).*")) {
            identifier(s, "dc:source", line, identifiers, b);
            return;
        }
        Matcher m = SOURCE_TITLE.matcher(s.strip());
        Container c = b.containerOrEmpty();
        boolean found = m.find();
        if (found && c.title() == null) {
            c = c.withTitle(Isbd.clean(m.group(1)));
        }
        HostCitation h = HostCitation.parse(found ? s.strip().substring(m.end(1)) : s);
        if (c.volume() == null) {
            c = c.withVolume(h.volume()).withIssue(h.issue()).withPages(h.pages());
        }
        b.container(c).provenance("container", new Provenance("dc:source", line, "journal citation"));
        if (b.currentType() == RecordType.DOCUMENT) {
            b.type(RecordType.ARTICLE_JOURNAL).provenance("type", new Provenance("dc:source", line, "has a journal citation"));
        }
    }
}
