package io.github.catconv.catalog;

import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises and checks bibliographic identifiers (ISBN, ISSN, DOI) and finds identifiers in
 * resolver URLs and MARC control numbers. Never throws on data: what cannot be read is empty.
 */
public final class Identifiers {

    private static final Pattern ISBN_LABEL = Pattern.compile("^\\s*ISBN(?:[- ]?1[03])?\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSN_LABEL = Pattern.compile("^\\s*ISSN\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
    /** The number part: digits, X, hyphens and spaces up to the first qualifier ("(pbk.)", ":"). */
    private static final Pattern NUMBER_PART = Pattern.compile("^[0-9Xx][0-9Xx -]*");
    private static final Pattern ISBN10 = Pattern.compile("\\d{9}[\\dX]");
    private static final Pattern ISBN13 = Pattern.compile("97[89]\\d{10}");
    private static final Pattern ISSN = Pattern.compile("\\d{7}[\\dX]");
    /** DOI resolvers and labels, per the DOI Handbook 3.8 (presentation) and Crossref display guidelines. */
    private static final Pattern DOI_PREFIX = Pattern.compile(
            "^(?:https?://(?:(?:www|dx)\\.)?doi\\.org/|doi\\.org/|info:doi/|urn:doi:|doi\\s*:\\s*|doi\\s+)",
            Pattern.CASE_INSENSITIVE);
    /** Directory indicator "10", registrant code (dot-separated digits), "/", non-empty suffix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
    private static final Pattern URL = Pattern.compile("^(?i:https?://)([^/?#\\s]+)([^?#\\s]*)(\\?[^#\\s]*)?");
    private static final Pattern DOI_HOST = Pattern.compile("(?:[a-z0-9-]+\\.)*doi\\.org");
    /** Publisher landing pages: "/doi/[abs|full|pdf|...]/10.x/y[/abstract|/full|...]" (Wiley, T&F, SAGE, ACS...). */
    private static final Pattern DOI_IN_PATH = Pattern.compile(
            "/doi/(?:(?:abs|full|pdf|epdf|epub|book|fulltext|reader)/)?(10\\.\\d{4,9}(?:\\.\\d+)*/.+?)"
            + "(?:/(?:abstract|full|pdf|epdf|fulltext|references|suppinfo|citedby))?/?$");
    private static final Pattern NCBI_HOST = Pattern.compile("(?:www\\.)?ncbi\\.nlm\\.nih\\.gov");
    private static final Pattern PUBMED_PATH = Pattern.compile("/pubmed/(\\d{1,8})/?");
    private static final Pattern PUBMED_NEW_PATH = Pattern.compile("/(\\d{1,8})/?");
    private static final Pattern PMC_PATH = Pattern.compile("(?:/pmc)?/articles/(PMC\\d+)/?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE_PATH = Pattern.compile("/([^/]+/.+)");
    private static final Pattern ARXIV_PATH = Pattern.compile("/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?");
    private static final Pattern URN_NBN = Pattern.compile("(?i)urn:nbn:[^&#\\s]+");
    /** OCLC numbers: "(OCoLC)" source prefix and the ocm/ocn/on prefixes OCLC uses by length. */
    private static final Pattern OCLC = Pattern.compile("^(?:\\(OCoLC\\)\\s*)?(?:ocm|ocn|on)?0*(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCLC_LABELLED = Pattern.compile("^(?:\\(OCoLC\\)|ocm|ocn|on)", Pattern.CASE_INSENSITIVE);

    private Identifiers() {
    }

    /**
     * Normalises an ISBN: strips an "ISBN" label, hyphens, spaces and trailing qualifiers.
     *
     * @param raw e.g. "978-90-420-3464-8", "ISBN 0-19-852663-6 (pbk.)"; may be null
     * @return 10 or 13 characters (digits, a final upper-case X for ISBN-10), or empty when
     *         the shape is wrong; the checksum is not checked here (see {@link #isValidIsbn})
     */
    public static Optional<String> normalizeIsbn(String raw) {
        String n = numberPart(raw, ISBN_LABEL);
        return n != null && (ISBN10.matcher(n).matches() || ISBN13.matcher(n).matches())
                ? Optional.of(n) : Optional.empty();
    }

    /**
     * Checks an ISBN's check digit (ISBN-10: weights 10..1 mod 11; ISBN-13: weights 1,3 mod 10).
     *
     * @param normalized output of {@link #normalizeIsbn}; null or other shapes give false
     * @return true when the check digit is right
     */
    public static boolean isValidIsbn(String normalized) {
        if (normalized == null) {
            return false;
        }
        if (ISBN13.matcher(normalized).matches()) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (normalized.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        return ISBN10.matcher(normalized).matches() && mod11(normalized, 10) == 0;
    }

    /**
     * Normalises an ISSN to {@code NNNN-NNNC} with an upper-case X.
     *
     * @param raw e.g. "00417084", "ISSN 0041-7084"; may be null
     * @return the ISSN, or empty unless exactly 7 digits and a digit or X remain
     */
    public static Optional<String> normalizeIssn(String raw) {
        String n = numberPart(raw, ISSN_LABEL);
        return n != null && ISSN.matcher(n).matches()
                ? Optional.of(n.substring(0, 4) + "-" + n.substring(4)) : Optional.empty();
    }

    /**
     * Checks an ISSN's check digit (ISO 3297: weights 8..2, mod 11, 10 written X).
     *
     * @param normalized output of {@link #normalizeIssn}; null or other shapes give false
     * @return true when the check digit is right
     */
    public static boolean isValidIssn(String normalized) {
        if (normalized == null || normalized.length() != 9 || normalized.charAt(4) != '-') {
            return false;
        }
        String digits = normalized.substring(0, 4) + normalized.substring(5);
        return ISSN.matcher(digits).matches() && mod11(digits, 8) == 0;
    }

    /**
     * Normalises a DOI: strips resolver URLs, "doi:" labels, percent-encoding and trailing
     * sentence punctuation (a closing bracket only when it is unbalanced). Case is kept.
     *
     * @param raw e.g. "https://doi.org/10.1000/xyz", "doi:10.1000/xyz."; may be null
     * @return "10.registrant/suffix", or empty when it does not have that shape
     */
    public static Optional<String> normalizeDoi(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        Matcher prefix = DOI_PREFIX.matcher(s);
        boolean url = false;
        if (prefix.lookingAt()) {
            url = prefix.group().contains("/");
            s = s.substring(prefix.end());
        }
        s = url ? percentDecode(s) : s.replace("%2F", "/").replace("%2f", "/");
        s = trimTrailing(s.strip());
        return DOI.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /**
     * Finds the identifiers a resolver or publisher URL carries: DOI (doi.org, dx.doi.org,
     * any "/doi/10.x/y" path, handles with a "10." prefix), PMID (ncbi.nlm.nih.gov/pubmed/N,
     * pubmed.ncbi.nlm.nih.gov/N), PMCID (…/pmc/articles/PMCn), handle (hdl.handle.net),
     * arXiv (arxiv.org/abs|pdf) and URN:NBN (nbn-resolving). Never throws.
     *
     * @param url an http(s) URL; null or anything else gives an empty list
     * @return the identifiers found (usually zero or one), each with the URL as its raw text
     */
    public static List<Identifier> fromUrl(String url) {
        if (url == null) {
            return List.of();
        }
        String u = url.strip();
        Matcher m = URL.matcher(u);
        if (!m.lookingAt()) {
            return List.of();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2);
        String query = m.group(3) == null ? "" : m.group(3);
        List<Identifier> out = new ArrayList<>(1);
        if (DOI_HOST.matcher(host).matches() && path.length() > 1) {
            normalizeDoi(percentDecode(path.substring(1))).ifPresent(d -> out.add(new Identifier(IdentifierScheme.DOI, d, u)));
        } else if ("hdl.handle.net".equals(host)) {
            handle(path, u, out);
        } else if (NCBI_HOST.matcher(host).matches() || "pmc.ncbi.nlm.nih.gov".equals(host)) {
            add(out, IdentifierScheme.PMID, PUBMED_PATH.matcher(path), u);
            Matcher pmc = PMC_PATH.matcher(path);
            if (pmc.matches() && (host.startsWith("pmc.") || path.startsWith("/pmc/"))) {
                out.add(new Identifier(IdentifierScheme.PMCID, pmc.group(1).toUpperCase(Locale.ROOT), u));
            }
        } else if ("pubmed.ncbi.nlm.nih.gov".equals(host)) {
            add(out, IdentifierScheme.PMID, PUBMED_NEW_PATH.matcher(path), u);
        } else if (host.equals("arxiv.org") || host.endsWith(".arxiv.org")) {
            add(out, IdentifierScheme.ARXIV, ARXIV_PATH.matcher(path), u);
        } else if (host.startsWith("nbn-resolving.")) {
            Matcher urn = URN_NBN.matcher(percentDecode(path + query));
            if (urn.find()) {
                out.add(new Identifier(IdentifierScheme.URN, urn.group(), u));
            }
        } else {
            Matcher doi = DOI_IN_PATH.matcher(path);
            if (doi.find()) {
                normalizeDoi(percentDecode(doi.group(1))).ifPresent(d -> out.add(new Identifier(IdentifierScheme.DOI, d, u)));
            }
        }
        return out;
    }

    /**
     * Reads a MARC 035 / Solr {@code ctrlnum} value: OCLC numbers ("(OCoLC)12345", "ocm12345",
     * "ocn…", "on…") become OCLC with prefix and leading zeros removed, as WorldCat cites them;
     * any other value ("(DE-599)GBV690250223") is kept whole as a control number.
     *
     * @param ctrlnum the value; may be null
     * @return the identifier, or empty for null or blank input
     */
    public static Optional<Identifier> fromControlNumber(String ctrlnum) {
        if (ctrlnum == null || ctrlnum.isBlank()) {
            return Optional.empty();
        }
        String s = ctrlnum.strip();
        Matcher m = OCLC.matcher(s);
        if (m.matches() && OCLC_LABELLED.matcher(s).lookingAt()) {
            return Optional.of(new Identifier(IdentifierScheme.OCLC, m.group(1), s));
        }
        return Optional.of(new Identifier(IdentifierScheme.CONTROL_NUMBER, s, s));
    }

    private static void handle(String path, String url, List<Identifier> out) {
        Matcher h = HANDLE_PATH.matcher(percentDecode(path));
        if (!h.matches()) {
            return;
        }
        // A handle under prefix 10.x is a DOI resolved through the Handle System.
        Optional<String> doi = normalizeDoi(h.group(1));
        out.add(doi.isPresent() ? new Identifier(IdentifierScheme.DOI, doi.get(), url)
                : new Identifier(IdentifierScheme.HANDLE, h.group(1), url));
    }

    private static void add(List<Identifier> out, IdentifierScheme scheme, Matcher m, String url) {
        if (m.matches()) {
            out.add(new Identifier(scheme, m.group(1), url));
        }
    }

    private static String numberPart(String raw, Pattern label) {
        if (raw == null) {
            return null;
        }
        Matcher m = NUMBER_PART.matcher(label.matcher(raw).replaceFirst(""));
        return m.find() ? m.group().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT) : null;
    }

    /** Weighted sum mod 11 with weights from {@code firstWeight} down to 1 (X = 10). */
    private static int mod11(String digits, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sum += (c == 'X' ? 10 : c - '0') * (firstWeight - i);
        }
        return sum % 11;
    }

    /** Drops trailing . , ; and closing brackets that have no opening partner in the DOI. */
    private static String trimTrailing(String s) {
        String t = s;
        while (!t.isEmpty()) {
            char c = t.charAt(t.length() - 1);
            boolean unbalanced = (c == ')' && count(t, '(') < count(t, ')'))
                    || (c == ']' && count(t, '[') < count(t, ']'));
            if (c != '.' && c != ',' && c != ';' && !unbalanced) {
                break;
            }
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** Decodes %XX sequences as UTF-8; '+' and malformed escapes stay as they are. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
