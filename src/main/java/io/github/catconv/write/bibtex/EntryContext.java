package io.github.catconv.write.bibtex;

import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Series;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One record seen through one dialect: the helpers the field tables use to compute encoded
 * field values. Every method returns the encoded value body (without the outer braces) or null
 * when the record has no value for it.
 */
final class EntryContext {

    /** Upper-case hex digits of percent-encoding (RFC 3986 §2.1). */
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final BibRecord record;
    private final String entryType;
    private final LatexEncoder encoder;
    private final NameFormatter names;

    EntryContext(BibRecord record, String entryType, LatexEncoder encoder, NameFormatter names) {
        this.record = record;
        this.entryType = entryType;
        this.encoder = encoder;
        this.names = names;
    }

    BibRecord record() {
        return record;
    }

    /** True when non-ASCII text must be encoded (BibTeX without {@code unicode}). */
    boolean asciiOnly() {
        return encoder.isAscii();
    }

    String entryType() {
        return entryType;
    }

    /** True when the entry type is one of {@code types}. */
    boolean typeIs(String... types) {
        for (String t : types) {
            if (t.equals(entryType)) {
                return true;
            }
        }
        return false;
    }

    String text(Optional<String> value) {
        return value.map(encoder::encode).orElse(null);
    }

    String text(String value) {
        return value == null ? null : encoder.encode(value);
    }

    String title(Optional<String> value) {
        return value.map(v -> TitleProtector.protect(v, encoder)).orElse(null);
    }

    String names(ContributorRole role) {
        List<Agent> agents = record.contributors(role);
        return agents.isEmpty() ? null : names.format(agents);
    }

    Optional<Container> container() {
        return record.container();
    }

    String containerTitle() {
        return text(record.container().map(Container::title));
    }

    String pages() {
        return text(record.container().map(Container::pages).map(p -> p.format("--")));
    }

    /** The record's identifier of a scheme, else the container's (ISBN of the host book, ISSN). */
    Optional<String> identifier(IdentifierScheme scheme) {
        Optional<String> own = record.identifier(scheme);
        if (own.isPresent()) {
            return own;
        }
        return record.container().flatMap(c -> c.identifiers().stream()
                .filter(i -> i.scheme() == scheme).map(i -> i.value()).findFirst());
    }

    /** The issue for parts of a container, else the record's number in its first series. */
    String number() {
        Optional<String> issue = record.container().map(Container::issue);
        if (issue.isPresent()) {
            return text(issue);
        }
        return text(record.series().stream().findFirst().map(Series::number));
    }

    String seriesTitle() {
        return text(record.series().stream().findFirst().map(Series::title));
    }

    /** Subjects joined by ", "; a subject holding a comma is braced so it stays one keyword. */
    String keywords() {
        if (record.subjects().isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : record.subjects()) {
            String e = encoder.encode(s);
            out.add(e.indexOf(',') >= 0 ? "{" + e + "}" : e);
        }
        return String.join(", ", out);
    }

    /**
     * Notes joined by "; ", preceded by "Date: raw" when the date is one the dialect's date
     * fields cannot hold exactly ({@code dateInNote}).
     */
    String note(boolean dateInNote) {
        List<String> parts = new ArrayList<>();
        if (dateInNote) {
            record.issued().ifPresent(d -> parts.add("Date: " + d.raw()));
        }
        parts.addAll(record.notes());
        return parts.isEmpty() ? null : encoder.encode(String.join("; ", parts));
    }

    Optional<DateValue> issued() {
        return record.issued();
    }

    /**
     * A URL or DOI for a verbatim field: BibTeX and biber copy it as is, so only what would break
     * the entry is changed: braces, backslashes, spaces and control characters are percent-encoded
     * (RFC 3986 §2.1), and so is non-ASCII text when {@code asciiOnly}. "Spaces" include Unicode
     * spaces and the line and paragraph separators U+2028/U+2029, which Unicode-aware readers
     * (JavaScript, editors) take as line ends: the value must stay on one line.
     */
    static String verbatim(String value, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder(value.length());
        value.strip().codePoints().forEach(cp -> {
            boolean unsafe = cp == '{' || cp == '}' || cp == '\\' || cp <= ' ' || cp == 0x7F
                    || Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || (asciiOnly && cp > 0x7F);
            if (!unsafe) {
                sb.appendCodePoint(cp);
                return;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        });
        return sb.toString();
    }
}
