package io.github.catconv.write.mods;

import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.write.xml.XmlOutput;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One record as a MODS 3.8 {@code <mods>} element; the table is docs/mods.md. Element names and
 * attribute values follow the MODS User Guidelines (version 3) and the schema's own lists
 * ({@code typeOfResource}, {@code issuance}); genres use the MARC genre term list (authority
 * {@code marcgt}), roles the MARC relator codes ({@code marcrelator}). Original-script facts
 * (MARC 880) are written as a second {@code titleInfo} / {@code name} / {@code originInfo} with a
 * {@code script} attribute, tied to the romanized one by a shared {@code altRepGroup}.
 */
final class ModsRecord {

    /** typeOfResource (schema enumeration), marcgt genre or null, issuance or null. */
    private record Kind(String resource, String genre, String issuance, boolean manuscript) {
    }

    private static final Map<RecordType, Kind> KINDS = new EnumMap<>(RecordType.class);

    static {
        Kind article = new Kind("text", "article", null, false);
        KINDS.put(RecordType.ARTICLE, article);
        KINDS.put(RecordType.ARTICLE_JOURNAL, article);
        KINDS.put(RecordType.ARTICLE_MAGAZINE, article);
        KINDS.put(RecordType.ARTICLE_NEWSPAPER, article);
        KINDS.put(RecordType.BOOK, new Kind("text", "book", "monographic", false));
        KINDS.put(RecordType.CHAPTER, new Kind("text", null, null, false));
        KINDS.put(RecordType.PAPER_CONFERENCE, new Kind("text", "conference publication", null, false));
        KINDS.put(RecordType.THESIS, new Kind("text", "thesis", "monographic", false));
        KINDS.put(RecordType.REPORT, new Kind("text", "technical report", "monographic", false));
        KINDS.put(RecordType.DATASET, new Kind("software, multimedia", "database", null, false));
        KINDS.put(RecordType.SOFTWARE, new Kind("software, multimedia", null, null, false));
        KINDS.put(RecordType.WEBPAGE, new Kind("text", null, null, false));
        KINDS.put(RecordType.MAP, new Kind("cartographic", "map", null, false));
        KINDS.put(RecordType.MANUSCRIPT, new Kind("text", null, null, true));
        KINDS.put(RecordType.MOTION_PICTURE, new Kind("moving image", "motion picture", null, false));
        KINDS.put(RecordType.SONG, new Kind("sound recording-musical", null, null, false));
        KINDS.put(RecordType.MUSICAL_SCORE, new Kind("notated music", null, null, false));
        KINDS.put(RecordType.GRAPHIC, new Kind("still image", "graphic", null, false));
        KINDS.put(RecordType.PERIODICAL, new Kind("text", "periodical", "continuing", false));
        KINDS.put(RecordType.ENTRY_ENCYCLOPEDIA, new Kind("text", null, null, false));
        KINDS.put(RecordType.LEGISLATION, new Kind("text", "legislation", null, false));
        KINDS.put(RecordType.DOCUMENT, new Kind("text", null, null, false));
    }

    /** The marcgt genre of the host a part sits in. */
    private static final Map<RecordType, String> HOST_GENRES = Map.of(
            RecordType.ARTICLE_JOURNAL, "periodical", RecordType.ARTICLE_MAGAZINE, "periodical",
            RecordType.ARTICLE_NEWSPAPER, "newspaper", RecordType.CHAPTER, "book",
            RecordType.PAPER_CONFERENCE, "conference publication", RecordType.ENTRY_ENCYCLOPEDIA, "encyclopedia");

    /** MARC relator code and term per role; roles without a code get the term only. */
    private static final Map<ContributorRole, String[]> ROLES = new EnumMap<>(ContributorRole.class);

    static {
        ROLES.put(ContributorRole.AUTHOR, new String[] {"aut", "author"});
        ROLES.put(ContributorRole.EDITOR, new String[] {"edt", "editor"});
        ROLES.put(ContributorRole.TRANSLATOR, new String[] {"trl", "translator"});
        ROLES.put(ContributorRole.ILLUSTRATOR, new String[] {"ill", "illustrator"});
        ROLES.put(ContributorRole.COMPILER, new String[] {"com", "compiler"});
        ROLES.put(ContributorRole.CONTRIBUTOR, new String[] {"ctb", "contributor"});
        ROLES.put(ContributorRole.DIRECTOR, new String[] {"drt", "director"});
        ROLES.put(ContributorRole.COMPOSER, new String[] {"cmp", "composer"});
        ROLES.put(ContributorRole.PERFORMER, new String[] {"prf", "performer"});
        ROLES.put(ContributorRole.INTERVIEWER, new String[] {"ivr", "interviewer"});
        ROLES.put(ContributorRole.RECIPIENT, new String[] {"rcp", "addressee"});
        ROLES.put(ContributorRole.CURATOR, new String[] {"cur", "curator"});
        ROLES.put(ContributorRole.ORGANIZER, new String[] {"orm", "organizer"});
        ROLES.put(ContributorRole.PRODUCER, new String[] {"pro", "producer"});
        ROLES.put(ContributorRole.NARRATOR, new String[] {"nrt", "narrator"});
        ROLES.put(ContributorRole.SERIES_EDITOR, new String[] {null, "series editor"});
        ROLES.put(ContributorRole.CHAIR, new String[] {null, "chair"});
        ROLES.put(ContributorRole.ORIGINAL_AUTHOR, new String[] {null, "original author"});
        ROLES.put(ContributorRole.THESIS_ADVISOR, new String[] {"ths", "thesis advisor"});
    }

    /** MODS identifier types (MODS "Identifier Type Source Codes" where one exists). */
    private static final Map<IdentifierScheme, String> IDENTIFIER_TYPES = new EnumMap<>(Map.ofEntries(
            Map.entry(IdentifierScheme.DOI, "doi"), Map.entry(IdentifierScheme.PMID, "pmid"),
            Map.entry(IdentifierScheme.PMCID, "pmcid"), Map.entry(IdentifierScheme.ISBN, "isbn"),
            Map.entry(IdentifierScheme.ISSN, "issn"), Map.entry(IdentifierScheme.OCLC, "oclc"),
            Map.entry(IdentifierScheme.LCCN, "lccn"), Map.entry(IdentifierScheme.HANDLE, "hdl"),
            Map.entry(IdentifierScheme.ARXIV, "arxiv"), Map.entry(IdentifierScheme.URN, "urn"),
            Map.entry(IdentifierScheme.ISMN, "ismn"), Map.entry(IdentifierScheme.CONTROL_NUMBER, "local")));

    private final XmlOutput x;
    private final BibRecord r;
    private final OriginalScript original;
    private int groups;

    private ModsRecord(XmlOutput x, BibRecord r) {
        this.x = x;
        this.r = r;
        this.original = r.originalScript().orElse(null);
    }

    /** Writes {@code <mods version="3.8">…</mods>} for one record. */
    static void write(XmlOutput x, BibRecord r) throws IOException {
        new ModsRecord(x, r).write();
    }

    private void write() throws IOException {
        x.start("mods").attribute("version", "3.8");
        titles();
        for (Contributor c : r.contributors()) {
            name(c);
        }
        Kind kind = KINDS.get(r.type());
        x.start("typeOfResource").attribute("manuscript", kind.manuscript() ? "yes" : null).text(kind.resource()).end();
        x.element("genre", "authority", "marcgt", kind.genre());
        x.element("genre", r.genre().orElse(null));
        originInfo(kind);
        if (r.language().isPresent()) {
            x.start("language").start("languageTerm").attribute("type", "code").attribute("authority", "rfc5646")
                    .text(r.language().get()).end().end();
        }
        physicalDescription();
        x.element("abstract", r.abstractText().orElse(null));
        for (String note : r.notes()) {
            x.element("note", note);
        }
        for (String subject : r.subjects()) {
            x.start("subject").element("topic", subject).end();
        }
        host();
        for (Series s : r.series()) {
            x.start("relatedItem").attribute("type", "series");
            x.start("titleInfo").element("title", s.title()).end();
            if (s.number() != null) {
                x.start("part").start("detail").attribute("type", "volume").element("number", s.number()).end().end();
            }
            x.end();
        }
        for (Identifier id : r.identifiers()) {
            if (!belongsToHost(id)) {
                x.element("identifier", "type", IDENTIFIER_TYPES.get(id.scheme()), id.value());
            }
        }
        location();
        x.element("accessCondition", "type", "use and reproduction", r.rights().orElse(null));
        recordInfo();
        x.end();
    }

    /** Title and subtitle, its original-script twin, the abbreviated title. */
    private void titles() throws IOException {
        String title = r.title().or(r::subtitle).orElse(null);
        String sub = r.title().isPresent() ? r.subtitle().orElse(null) : null;
        String group = original != null && original.fullTitle() != null ? group() : null;
        x.start("titleInfo").attribute("altRepGroup", group);
        x.element("title", title).element("subTitle", sub).end();
        if (group != null) {
            String ot = original.title() != null ? original.title() : original.subtitle();
            String os = original.title() != null ? original.subtitle() : null;
            x.start("titleInfo").attribute("altRepGroup", group).attribute("script", original.script());
            x.element("title", ot).element("subTitle", os).end();
        }
        if (r.shortTitle().isPresent()) {
            x.start("titleInfo").attribute("type", "abbreviated").element("title", r.shortTitle().get()).end();
        }
    }

    private void name(Contributor c) throws IOException {
        String originalName = original == null ? null : original.name(c.agent());
        String group = originalName != null ? group() : null;
        Agent a = c.agent();
        x.start("name").attribute("type", a instanceof Organization ? "corporate" : "personal").attribute("altRepGroup", group);
        if (a instanceof Person p && !p.isLiteral()) {
            String family = p.nonDroppingParticle() == null ? p.family() : p.nonDroppingParticle() + " " + p.family();
            String given = p.droppingParticle() == null ? p.given()
                    : (p.given() == null ? "" : p.given() + " ") + p.droppingParticle();
            x.element("namePart", "type", "family", family);
            x.element("namePart", "type", "given", given);
            x.element("namePart", "type", "termsOfAddress", p.suffix());
        } else {
            x.element("namePart", a.displayName());
        }
        role(c.role());
        x.end();
        if (group != null) {
            x.start("name").attribute("type", a instanceof Organization ? "corporate" : "personal")
                    .attribute("altRepGroup", group).attribute("script", original.script());
            x.element("namePart", originalName);
            role(c.role());
            x.end();
        }
    }

    private void role(ContributorRole role) throws IOException {
        String[] codeAndTerm = ROLES.get(role);
        x.start("role");
        if (codeAndTerm[0] != null) {
            x.start("roleTerm").attribute("type", "code").attribute("authority", "marcrelator").text(codeAndTerm[0]).end();
        }
        x.start("roleTerm").attribute("type", "text").attribute("authority", codeAndTerm[0] != null ? "marcrelator" : null)
                .text(codeAndTerm[1]).end();
        x.end();
    }

    /** Place, publisher, date and edition; their original-script twin; the issuance. */
    private void originInfo(Kind kind) throws IOException {
        String place = r.place().orElse(null);
        String publisher = r.publisher().orElse(null);
        String edition = r.edition().orElse(null);
        DateValue issued = r.issued().orElse(null);
        boolean twin = original != null && (original.place() != null || original.publisher() != null
                || original.edition() != null);
        if (place == null && publisher == null && edition == null && issued == null && kind.issuance() == null && !twin) {
            return;
        }
        String group = twin ? group() : null;
        x.start("originInfo").attribute("eventType", "publication").attribute("altRepGroup", group);
        place(place);
        x.element("publisher", publisher);
        if (issued != null) {
            dateIssued(issued);
        }
        x.element("edition", edition);
        x.element("issuance", kind.issuance());
        x.end();
        if (twin) {
            x.start("originInfo").attribute("eventType", "publication").attribute("altRepGroup", group)
                    .attribute("script", original.script());
            place(original.place());
            x.element("publisher", original.publisher());
            x.element("edition", original.edition());
            x.end();
        }
    }

    private void place(String place) throws IOException {
        if (place != null) {
            x.start("place").element("placeTerm", "type", "text", place).end();
        }
    }

    /** W3CDTF dates, a range as start and end points; a date that was not read as its text. */
    private void dateIssued(DateValue d) throws IOException {
        if (!d.isParsed()) {
            x.element("dateIssued", d.raw());
            return;
        }
        String qualifier = d.approximate() ? "approximate" : null;
        x.start("dateIssued").attribute("encoding", "w3cdtf").attribute("keyDate", "yes")
                .attribute("point", d.end() != null ? "start" : null).attribute("qualifier", qualifier)
                .text(d.start().toIso()).end();
        if (d.end() != null) {
            x.start("dateIssued").attribute("encoding", "w3cdtf").attribute("point", "end")
                    .attribute("qualifier", qualifier).text(d.end().toIso()).end();
        }
    }

    private void physicalDescription() throws IOException {
        String extent = r.physicalDescription().orElse(null);
        String pages = r.numberOfPages().orElse(null);
        if (extent != null) {
            x.start("physicalDescription").element("extent", extent).end();
        } else if (pages != null) {
            x.start("physicalDescription").element("extent", "unit", "pages", pages).end();
        }
    }

    /** The container as {@code relatedItem type="host"}, with the record's place in it as {@code part}. */
    private void host() throws IOException {
        List<Identifier> moved = r.identifiers().stream().filter(this::belongsToHost).toList();
        Container c = r.container().orElse(moved.isEmpty() ? null : Container.empty());
        if (c == null) {
            return;
        }
        x.start("relatedItem").attribute("type", "host");
        String title = c.title() != null ? c.title() : c.shortTitle();
        if (title != null) {
            x.start("titleInfo").element("title", title).end();
        }
        if (c.title() != null && c.shortTitle() != null) {
            x.start("titleInfo").attribute("type", "abbreviated").element("title", c.shortTitle()).end();
        }
        x.element("genre", "authority", "marcgt", HOST_GENRES.get(r.type()));
        for (List<Identifier> ids : List.of(c.identifiers(), moved)) {
            for (Identifier id : ids) {
                x.element("identifier", "type", IDENTIFIER_TYPES.get(id.scheme()), id.value());
            }
        }
        PageRange pages = c.pages();
        if (c.volume() != null || c.issue() != null || pages != null) {
            x.start("part");
            detail("volume", c.volume());
            detail("issue", c.issue());
            if (pages != null) {
                x.start("extent").attribute("unit", "pages");
                if (pages.first() != null) {
                    x.element("start", pages.first()).element("end", pages.last());
                } else {
                    x.element("list", pages.raw());
                }
                x.end();
            }
            x.end();
        }
        x.end();
    }

    private void detail(String type, String number) throws IOException {
        if (number != null) {
            x.start("detail").attribute("type", type).element("number", number).end();
        }
    }

    /** Call number then URLs: the schema's order inside {@code location}. */
    private void location() throws IOException {
        List<String> urls = r.urls();
        String call = r.callNumber().orElse(null);
        if (urls.isEmpty() && call == null) {
            return;
        }
        x.start("location").element("shelfLocator", call);
        for (String url : urls) {
            x.element("url", url);
        }
        x.end();
    }

    private void recordInfo() throws IOException {
        SourceInfo s = r.source();
        x.start("recordInfo");
        x.element("recordContentSource", s.collection() != null ? s.collection() : s.institution());
        x.element("recordIdentifier", s.recordId() != null ? s.recordId() : r.id());
        x.end();
    }

    /**
     * An ISSN always names a serial and a chapter's ISBN its book: on a part (article, chapter,
     * paper, entry) such an identifier of the record is the host's and is written there.
     */
    private boolean belongsToHost(Identifier id) {
        return switch (r.type()) {
            case ARTICLE, ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> id.scheme() == IdentifierScheme.ISSN;
            case CHAPTER, PAPER_CONFERENCE, ENTRY_ENCYCLOPEDIA ->
                    id.scheme() == IdentifierScheme.ISSN || id.scheme() == IdentifierScheme.ISBN;
            default -> false;
        };
    }

    /** A new altRepGroup value, unique within the record. */
    private String group() {
        return String.valueOf(++groups);
    }
}
