package io.github.catconv.write.ris;

import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.Series;
import java.util.Objects;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a {@link BibRecord} onto RIS tags (see {@code docs/ris.md} for the full table).
 *
 * <p>Stateless and thread-safe. Never fails on a valid record: values that have no RIS tag of
 * their own (other identifiers, rights, contributors in roles RIS cannot express) go to
 * {@code N1} with a label, so nothing is dropped silently.
 */
final class RisRecordMapper {

    /** Labels for identifiers written to N1, as Zotero writes them into "Extra" ("PMID: 123"). */
    private static final Map<IdentifierScheme, String> ID_LABELS = new EnumMap<>(Map.ofEntries(
            Map.entry(IdentifierScheme.DOI, "DOI"),
            Map.entry(IdentifierScheme.PMID, "PMID"),
            Map.entry(IdentifierScheme.PMCID, "PMCID"),
            Map.entry(IdentifierScheme.ISBN, "ISBN"),
            Map.entry(IdentifierScheme.ISSN, "ISSN"),
            Map.entry(IdentifierScheme.OCLC, "OCLC"),
            Map.entry(IdentifierScheme.LCCN, "LCCN"),
            Map.entry(IdentifierScheme.HANDLE, "Handle"),
            Map.entry(IdentifierScheme.ARXIV, "arXiv"),
            Map.entry(IdentifierScheme.URN, "URN"),
            Map.entry(IdentifierScheme.ISMN, "ISMN"),
            Map.entry(IdentifierScheme.CONTROL_NUMBER, "Control number")));

    /** Maps one record; never returns null. */
    RisEntry map(BibRecord r) {
        RisEntry e = new RisEntry(RisType.of(r.type()));
        e.add(RisTag.TI, r.fullTitle().orElse(null));
        e.add(RisTag.ST, r.shortTitle().orElse(null));
        notes(r, e);
        contributors(r, e);
        container(r, e);
        series(r, e);
        date(r.issued().orElse(null), e);
        identifiers(r, e);
        e.add(RisTag.AB, r.abstractText().orElse(null));
        e.add(RisTag.CN, r.callNumber().orElse(null));
        e.add(RisTag.CY, r.place().orElse(null));
        e.add(RisTag.PB, r.publisher().orElse(null));
        e.add(RisTag.ET, r.edition().orElse(null));
        e.add(RisTag.LA, r.language().orElse(null));
        e.add(RisTag.DP, r.source().institution() != null ? r.source().institution() : r.source().collection());
        String accession = Objects.requireNonNullElse(r.source().recordId(), r.id());
        e.add(RisTag.AN, accession);
        if (!accession.equals(r.id())) {
            e.add(RisTag.ID, r.id());
        }
        r.urls().forEach(u -> e.add(RisTag.UR, u));
        r.subjects().forEach(s -> e.add(RisTag.KW, s));
        return e;
    }

    /**
     * The RIS tag for a contributor role in a given type, or null when RIS has none (the
     * contributor then goes to N1). Follows Zotero's AU/A2/A3/A4 per-type table.
     */
    static RisTag tagFor(ContributorRole role, RisType ty) {
        return switch (role) {
            case AUTHOR -> RisTag.AU;
            case EDITOR, COMPILER -> ty.editorTag();
            case SERIES_EDITOR -> ty.seriesEditorTag();
            case TRANSLATOR -> RisTag.A4;
            case THESIS_ADVISOR -> ty == RisType.THES ? RisTag.A3 : null;
            case DIRECTOR -> ty == RisType.VIDEO ? RisTag.AU : null;
            case PRODUCER -> ty == RisType.VIDEO ? RisTag.A3 : null;
            case COMPOSER -> ty == RisType.SOUND || ty == RisType.MUSIC ? RisTag.AU : null;
            case PERFORMER -> ty == RisType.SOUND ? RisTag.A2 : null;
            default -> null;
        };
    }

    /**
     * A name as the RIS spec wants it: "Last, First, Suffix" with a non-dropping particle kept
     * in front of the family name ("van Gogh, Vincent") and a dropping one after the given name;
     * organisations and unsplit names as the literal text.
     */
    static String name(Agent agent) {
        if (agent instanceof Organization o) {
            return o.name();
        }
        Person p = (Person) agent;
        if (p.isLiteral()) {
            return p.literal();
        }
        String family = p.nonDroppingParticle() == null ? p.family() : p.nonDroppingParticle() + " " + p.family();
        String given = join(p.given(), p.droppingParticle());
        if (p.suffix() != null) {
            return family + ", " + (given == null ? "" : given) + ", " + p.suffix();
        }
        return given == null ? family : family + ", " + given;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static void contributors(BibRecord r, RisEntry e) {
        for (Contributor c : r.contributors()) {
            RisTag tag = tagFor(c.role(), e.type());
            if (tag != null) {
                e.add(tag, name(c.agent()));
            } else {
                e.add(RisTag.N1, roleLabel(c.role()) + ": " + name(c.agent()));
            }
        }
    }

    /** "ORIGINAL_AUTHOR" → "Original author". */
    static String roleLabel(ContributorRole role) {
        String s = role.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void container(BibRecord r, RisEntry e) {
        Container c = r.container().orElse(null);
        RisType ty = e.type();
        if (c != null) {
            if (ty.seriesTag() != RisTag.T2) {
                e.add(RisTag.T2, c.title());
            }
            if (ty == RisType.CPAPER) {
                // Zotero reads T2 of a conference paper (TY CONF) as conferenceName, C3 as proceedingsTitle.
                e.add(RisTag.C3, c.title());
            }
            e.add(RisTag.J2, c.shortTitle());
            e.add(RisTag.VL, c.volume());
            e.add(RisTag.IS, c.issue());
        }
        PageRange pages = c == null ? null : c.pages();
        if (pages != null) {
            pages(pages, e);
        } else if (ty.pageCountInSp()) {
            e.add(RisTag.SP, r.numberOfPages().orElse(null));
        }
    }

    /** SP/EP from a read range; the whole text in SP when it is not one. */
    private static void pages(PageRange pages, RisEntry e) {
        if (pages.first() == null) {
            e.add(RisTag.SP, pages.raw());
        } else {
            e.add(RisTag.SP, pages.first());
            e.add(RisTag.EP, pages.last());
        }
    }

    /**
     * The first series in the type's series tag; further series, and a book's container title
     * after a series in T2, go to N1 ("Series: …", "In: …"): a second T2 or T3 is not a second
     * series to any importer (bibutils reports it as unused, Zotero keeps one).
     */
    private static void series(BibRecord r, RisEntry e) {
        RisType ty = e.type();
        boolean first = true;
        for (Series s : r.series()) {
            String isbd = s.number() == null ? s.title() : s.title() + " ; " + s.number();
            if (!first) {
                e.add(RisTag.N1, "Series: " + isbd);
            } else if (ty.seriesNumberTag() != null) {
                e.add(ty.seriesTag(), s.title());
                e.add(ty.seriesNumberTag(), s.number());
            } else {
                // ISBD form "Title ; number" where the type has no series-number tag.
                e.add(ty.seriesTag(), isbd);
            }
            first = false;
        }
        // A book-like type keeps its series in T2, so a container title (rare) goes there only without one.
        if (ty.seriesTag() == RisTag.T2) {
            boolean hasSeries = !r.series().isEmpty();
            r.container().map(Container::title).ifPresent(t -> e.add(hasSeries ? RisTag.N1 : RisTag.T2,
                    hasSeries ? "In: " + t : t));
        }
    }

    /**
     * PY is the four-digit year; DA ({@code YYYY/MM/DD/other}) is written when the date says
     * more than the year: a month or day, or an approximate date or range, whose source text
     * goes to the "other" part (with "/" replaced, so it stays one part). Unread dates are
     * written to DA as their source text, since PY must be four digits. A conference paper
     * ({@code CONF}) always gets DA: the 2011 spec and citation-js read its PY as the year of the
     * conference and take the date of publication from DA alone.
     */
    static void date(DateValue d, RisEntry e) {
        if (d == null) {
            return;
        }
        PartialDate s = d.start();
        if (s == null) {
            e.add(RisTag.DA, d.raw());
            return;
        }
        e.add(RisTag.PY, zeroPadded(s.year(), 4));
        boolean qualified = d.approximate() || d.end() != null;
        if (s.hasMonth() || qualified || "CONF".equals(e.type().code())) {
            String other = qualified ? d.raw().replace('/', '-') : "";
            e.add(RisTag.DA, zeroPadded(s.year(), 4) + '/' + (s.hasMonth() ? zeroPadded(s.month(), 2) : "") + '/'
                    + (s.hasDay() ? zeroPadded(s.day(), 2) : "") + '/' + other);
        }
    }

    /** {@code String.format(Locale.ROOT, "%0<width>d", value)} without the formatter on the usual path. */
    static String zeroPadded(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The first DOI to DO, the first of the type's SN scheme to SN, every other identifier to N1 ("PMID: …"). */
    private static void identifiers(BibRecord r, RisEntry e) {
        Set<Identifier> all = new LinkedHashSet<>();
        for (Identifier i : r.identifiers()) {
            all.add(Identifier.of(i.scheme(), i.value()));
        }
        r.container().ifPresent(c -> c.identifiers().forEach(i -> all.add(Identifier.of(i.scheme(), i.value()))));
        IdentifierScheme sn = e.type().serialNumberScheme();
        boolean hasDo = false;
        boolean hasSn = false;
        for (Identifier i : all) {
            // DO and SN once each: citation-js turns a repeated DO into a list and then fails on the
            // whole file, and a repeated SN into a list-valued ISSN. Further ones go to N1.
            if (i.scheme() == IdentifierScheme.DOI && !hasDo) {
                e.add(RisTag.DO, i.value());
                hasDo = true;
            } else if (i.scheme() == sn && !hasSn) {
                e.add(RisTag.SN, i.value());
                hasSn = true;
            } else {
                e.add(RisTag.N1, ID_LABELS.get(i.scheme()) + ": " + i.value());
            }
        }
    }

    /** Notes first in N1, then the genre (M3 where Zotero reads it) and the rights statement. */
    private static void notes(BibRecord r, RisEntry e) {
        r.notes().forEach(n -> e.add(RisTag.N1, n));
        String genre = r.genre().orElse(null);
        if (e.type().writesGenre()) {
            e.add(RisTag.M3, genre);
        } else if (genre != null) {
            e.add(RisTag.N1, "Type: " + genre);
        }
        r.rights().ifPresent(v -> e.add(RisTag.N1, "Rights: " + v));
    }
}
