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
 * Normalises and checks bibliographic identifiers, one function per {@link IdentifierScheme}, and
 * finds identifiers in resolver URLs and MARC control numbers. Never throws on data: what cannot
 * be read is empty. Readers do not call these directly: {@link IdentifierIntake} applies them,
 * warns and dedupes.
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
            "^(?:https?://(?:(?:www|dx)\\.)?doi\\.org/|(?:(?:www|dx)\\.)?doi\\.org/|(?:https?://)?hdl\\.handle\\.net/(?=10\\.)"
            + "|info:doi/|urn:doi:|doi\\s*:\\s*|doi\\s+)",
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
    private static final Pattern PUBMED_PATH = Pattern.compile("/pubmed/(\\d{1,9})/?");
    private static final Pattern PUBMED_NEW_PATH = Pattern.compile("/(\\d{1,9})/?");
    /** A PubMed search for one id: "/pubmed/?term=123", "?term=123[uid]", "?term=123%5Bpmid%5D". */
    private static final Pattern PUBMED_TERM = Pattern.compile(
            "[?&]term=(\\d{1,9})(?:\\[(?:uid|pmid)\\]|%5B(?:uid|pmid)%5D)?(?:&|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBMED_SEARCH_PATH = Pattern.compile("/(?:pubmed/?)?");
    /** Europe PMC: "/article/MED/123", "/abstract/MED/123", "/article/PMC/PMC123". */
    private static final Pattern EUROPE_PMC_PATH = Pattern.compile("/(?:article|abstract)/(MED|PMC)/([A-Z]*\\d{1,9})/?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PMC_PATH = Pattern.compile("(?:/pmc)?/articles/(PMC\\d+)/?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE_PATH = Pattern.compile("/([^/]+/.+)");
    private static final Pattern ARXIV_PATH = Pattern.compile("/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?");
    private static final Pattern URN_NBN = Pattern.compile("(?i)urn:nbn:[^&#\\s]+");
    /** OCLC numbers: "(OCoLC)" source prefix and the ocm/ocn/on prefixes OCLC uses by length. */
    private static final Pattern OCLC = Pattern.compile("^(?:\\(OCoLC\\)\\s*)?(?:ocm|ocn|on)?0*(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OCLC_LABELLED = Pattern.compile("^(?:\\(OCoLC\\)|ocm|ocn|on)", Pattern.CASE_INSENSITIVE);
    /** "ocm05831268 820113": an OCLC number with the date it was entered (old OCLC MARC exports). */
    private static final Pattern OCLC_WITH_DATE = Pattern.compile("^((?:ocm|ocn|on)\\d+)\\s.*", Pattern.CASE_INSENSITIVE);
    /** Normalised LCCN (LC, "LCCN structure"): a prefix of up to three letters and 8 digits, or up to two and 10 (2001 on). */
    private static final Pattern LCCN = Pattern.compile("[a-z]{0,3}\\d{8}|[a-z]{0,2}\\d{10}");
    private static final Pattern LCCN_SERIAL = Pattern.compile("\\d{1,6}");
    private static final Pattern PMID = Pattern.compile("^(?:PMID\\s*:?\\s*)?0*([1-9]\\d{0,8})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMCID = Pattern.compile("^(?:PMCID\\s*:?\\s*)?PMC\\s*0*([1-9]\\d{0,8})$", Pattern.CASE_INSENSITIVE);
    /** arXiv ids: "2101.00001v2" (2007 on) and "hep-th/9901001" (archive/YYMMNNN, before). */
    private static final Pattern ARXIV = Pattern.compile(
            "^(?:arXiv\\s*:\\s*)?(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)"
            + "(?:\\s*\\[[a-z][a-z.-]*\\])?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE_PREFIX = Pattern.compile("^(?:https?://hdl\\.handle\\.net/|hdl\\s*:\\s*|info:hdl/)",
            Pattern.CASE_INSENSITIVE);
    /** Handle syntax (RFC 3650): a prefix, "/", a non-empty suffix. */
    private static final Pattern HANDLE = Pattern.compile("[^/\\s]+/\\S+");
    /** URN syntax (RFC 8141): "urn:", a namespace id, ":", the namespace-specific string. */
    private static final Pattern URN = Pattern.compile("^urn:([a-z0-9][a-z0-9-]{0,31}):(\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISMN_LABEL = Pattern.compile("^\\s*(?:ISMN\\s*:?\\s*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISMN_PART = Pattern.compile("^[Mm0-9][0-9 -]*");
    /** ISMN (ISO 10957): "M" and 9 digits (before 2008), or 979-0 and 9 digits; the last digit checks. */
    private static final Pattern ISMN = Pattern.compile("M\\d{9}|9790\\d{9}");

    private Identifiers() {
    }

    /**
     * Normalises a value of one scheme with that scheme's function below.
     *
     * @param scheme the scheme the value is said to be of; not null
     * @param raw the catalogued text; may be null
     * @return the normalised value, or empty when the text does not have the scheme's shape
     */
    public static Optional<String> normalize(IdentifierScheme scheme, String raw) {
        return switch (scheme) {
            case DOI -> normalizeDoi(raw);
            case PMID -> normalizePmid(raw);
            case PMCID -> normalizePmcid(raw);
            case ISBN -> normalizeIsbn(raw);
            case ISSN -> normalizeIssn(raw);
            case OCLC -> normalizeOclc(raw);
            case LCCN -> normalizeLccn(raw);
            case HANDLE -> normalizeHandle(raw);
            case ARXIV -> normalizeArxiv(raw);
            case URN -> normalizeUrn(raw);
            case ISMN -> normalizeIsmn(raw);
            case CONTROL_NUMBER -> raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
        };
    }

    /**
     * Checks the check digit of a normalised value: ISBN, ISSN and ISMN have one; every other
     * scheme passes.
     *
     * @param scheme the scheme; not null
     * @param normalized output of {@link #normalize}
     * @return false only when the scheme has a check digit and it is wrong
     */
    public static boolean checkDigitHolds(IdentifierScheme scheme, String normalized) {
        return switch (scheme) {
            case ISBN -> isValidIsbn(normalized);
            case ISSN -> isValidIssn(normalized);
            case ISMN -> isValidIsmn(normalized);
            default -> true;
        };
    }

    /**
     * The key under which two normalised values are one identifier: the scheme, and the value in
     * upper case (DOI names and handles are case-insensitive; no scheme tells two apart by case),
     * a valid ISBN-10 as its ISBN-13 and an "M" ISMN as its 979-0 form (ISO 2108 and ISO 10957
     * define them as the same number written two ways).
     *
     * @param scheme the scheme; not null
     * @param normalized a value as {@link #normalize} returns it; not null
     * @return the key, e.g. "isbn|9780822307020" for "0822307022"
     */
    public static String matchKey(IdentifierScheme scheme, String normalized) {
        String v = normalized;
        if (scheme == IdentifierScheme.ISBN && ISBN10.matcher(v).matches() && isValidIsbn(v)) {
            v = isbn13(v);
        } else if (scheme == IdentifierScheme.ISMN && v.startsWith("M")) {
            v = "9790" + v.substring(1);
        }
        return scheme.id() + "|" + v.toUpperCase(Locale.ROOT);
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
            return ean13Sum(normalized) % 10 == 0;
        }
        return ISBN10.matcher(normalized).matches() && mod11(normalized, 10) == 0;
    }

    /** "978" and the first nine digits of a valid ISBN-10, with the ISBN-13 check digit. */
    private static String isbn13(String isbn10) {
        String twelve = "978" + isbn10.substring(0, 9);
        return twelve + (10 - ean13Sum(twelve) % 10) % 10;
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
     * Normalises an ISMN: strips an "ISMN" label, hyphens and spaces; an "M" is upper-cased.
     *
     * @param raw e.g. "M-2306-7118-7", "979-0-2306-7118-7"; may be null
     * @return "M" and nine digits or "9790" and nine digits, or empty for other shapes; the check
     *         digit is not checked here (see {@link #isValidIsmn})
     */
    public static Optional<String> normalizeIsmn(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = ISMN_PART.matcher(ISMN_LABEL.matcher(raw).replaceFirst(""));
        String n = m.find() ? m.group().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT) : "";
        return ISMN.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }

    /**
     * Checks an ISMN's check digit: the EAN-13 sum of its 979-0 form ("M" counts 3 with weight 3,
     * which gives the same digit, ISO 10957).
     *
     * @param normalized output of {@link #normalizeIsmn}; null or other shapes give false
     * @return true when the check digit is right
     */
    public static boolean isValidIsmn(String normalized) {
        if (normalized == null || !ISMN.matcher(normalized).matches()) {
            return false;
        }
        String ean = normalized.startsWith("M") ? "9790" + normalized.substring(1) : normalized;
        return ean13Sum(ean) % 10 == 0;
    }

    /**
     * Normalises an LCCN by the Library of Congress rules ("LCCN normalization", MARC LCCN
     * namespace): blanks removed, everything from a "/" on (a revision, "//r88") removed, and a
     * hyphen removed with the serial after it left-padded with zeros to six digits ("85-2" →
     * "85000002"); the prefix is lower case, as LC writes it.
     *
     * @param raw e.g. "sn 84006638", "   84643014 //r88", "2001-33643"; may be null
     * @return the normalised LCCN, or empty when it is not a prefix of up to three letters and
     *         eight digits (or up to two letters and ten digits)
     */
    public static Optional<String> normalizeLccn(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        String t = compact.toString().toLowerCase(Locale.ROOT);
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        int hyphen = t.indexOf('-');
        if (hyphen >= 0) {
            String serial = t.substring(hyphen + 1);
            if (!LCCN_SERIAL.matcher(serial).matches()) {
                return Optional.empty();
            }
            t = t.substring(0, hyphen) + "0".repeat(6 - serial.length()) + serial;
        }
        return LCCN.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /**
     * Normalises a PubMed id: an optional "PMID:" label and leading zeros removed.
     *
     * @param raw e.g. "30107808", "PMID: 30107808"; may be null
     * @return one to nine digits, or empty
     */
    public static Optional<String> normalizePmid(String raw) {
        return raw == null ? Optional.empty() : group(PMID.matcher(raw.strip()), "");
    }

    /**
     * Normalises a PubMed Central id: "PMC" (upper case) and the number.
     *
     * @param raw e.g. "PMC6092784", "pmc6092784", "PMCID: PMC6092784"; may be null
     * @return "PMC" and digits, or empty (a bare number is not taken: it could be a PMID)
     */
    public static Optional<String> normalizePmcid(String raw) {
        return raw == null ? Optional.empty() : group(PMCID.matcher(raw.strip()), "PMC");
    }

    /**
     * Normalises an OCLC number as WorldCat cites it: the "(OCoLC)" source and the ocm/ocn/on
     * prefixes, leading zeros and an entry date after the number ("ocm05831268 820113") removed.
     *
     * @param raw e.g. "(OCoLC)ocm00012345", "10945712"; may be null
     * @return the digits, or empty
     */
    public static Optional<String> normalizeOclc(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        Matcher dated = OCLC_WITH_DATE.matcher(s);
        return group(OCLC.matcher(dated.matches() ? dated.group(1) : s), "");
    }

    /**
     * Normalises a handle: strips "hdl:", "info:hdl/" and the hdl.handle.net resolver (with its
     * query). A handle under prefix "10." stays a handle here; {@link #fromUrl} reads it as a DOI.
     *
     * @param raw e.g. "2027/mdp.39015012345678", "hdl:2027/mdp.39015012345678"; may be null
     * @return "prefix/suffix", or empty
     */
    public static Optional<String> normalizeHandle(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        Matcher prefix = HANDLE_PREFIX.matcher(s);
        if (prefix.lookingAt()) {
            boolean url = prefix.group().contains("://");
            s = s.substring(prefix.end());
            if (url) {
                s = percentDecode(s.replaceFirst("[?#].*", ""));
            }
        }
        return HANDLE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /**
     * Normalises an arXiv id: an "arXiv:" label removed, the version kept.
     *
     * @param raw e.g. "arXiv:2101.00001v2", "hep-th/9901001"; may be null
     * @return the id, or empty when it has neither arXiv shape
     */
    public static Optional<String> normalizeArxiv(String raw) {
        return raw == null ? Optional.empty() : group(ARXIV.matcher(raw.strip()), "");
    }

    /**
     * Normalises a URN: "urn:" and the namespace id in lower case (RFC 8141 §3.1 compares them
     * case-insensitively), the namespace-specific string as given.
     *
     * @param raw e.g. "URN:NBN:de:bvb:19-146642"; may be null
     * @return e.g. "urn:nbn:de:bvb:19-146642", or empty
     */
    public static Optional<String> normalizeUrn(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = URN.matcher(raw.strip());
        return m.matches() ? Optional.of("urn:" + m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2)) : Optional.empty();
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
            if (path.startsWith("/pubmed")) {
                pubmedSearch(path, query, u, out);
            }
            Matcher pmc = PMC_PATH.matcher(path);
            if (host.startsWith("pmc.") || path.startsWith("/pmc/")) {
                add(out, IdentifierScheme.PMCID, pmc, u);
            }
        } else if ("pubmed.ncbi.nlm.nih.gov".equals(host)) {
            add(out, IdentifierScheme.PMID, PUBMED_NEW_PATH.matcher(path), u);
            pubmedSearch(path, query, u, out);
        } else if (host.equals("europepmc.org") || host.endsWith(".europepmc.org")) {
            Matcher e = EUROPE_PMC_PATH.matcher(path);
            if (e.matches()) {
                IdentifierScheme scheme = e.group(1).equalsIgnoreCase("MED") ? IdentifierScheme.PMID : IdentifierScheme.PMCID;
                normalize(scheme, e.group(2)).ifPresent(v -> out.add(new Identifier(scheme, v, u)));
            }
        } else if (host.equals("arxiv.org") || host.endsWith(".arxiv.org")) {
            add(out, IdentifierScheme.ARXIV, ARXIV_PATH.matcher(path), u);
        } else if (host.startsWith("nbn-resolving.")) {
            Matcher urn = URN_NBN.matcher(percentDecode(path + query));
            if (urn.find()) {
                normalizeUrn(urn.group()).ifPresent(v -> out.add(new Identifier(IdentifierScheme.URN, v, u)));
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
     * "ocn…", "on…", also with an entry date after them) become OCLC as {@link #normalizeOclc}
     * gives them; any other value ("(DE-599)GBV690250223") is kept whole as a control number.
     *
     * @param ctrlnum the value; may be null
     * @return the identifier, or empty for null or blank input
     */
    public static Optional<Identifier> fromControlNumber(String ctrlnum) {
        if (ctrlnum == null || ctrlnum.isBlank()) {
            return Optional.empty();
        }
        String s = ctrlnum.strip();
        Optional<String> oclc = OCLC_LABELLED.matcher(s).lookingAt() ? normalizeOclc(s) : Optional.empty();
        return Optional.of(oclc.map(v -> new Identifier(IdentifierScheme.OCLC, v, s))
                .orElseGet(() -> new Identifier(IdentifierScheme.CONTROL_NUMBER, s, s)));
    }

    /** "?term=123" on a PubMed search page is the one record with that id. */
    private static void pubmedSearch(String path, String query, String url, List<Identifier> out) {
        Matcher t = PUBMED_TERM.matcher(query);
        if (out.isEmpty() && PUBMED_SEARCH_PATH.matcher(path).matches() && t.find()) {
            normalizePmid(t.group(1)).ifPresent(v -> out.add(new Identifier(IdentifierScheme.PMID, v, url)));
        }
    }

    private static void handle(String path, String url, List<Identifier> out) {
        Matcher h = HANDLE_PATH.matcher(percentDecode(path));
        if (!h.matches()) {
            return;
        }
        // A handle under prefix 10.x is a DOI resolved through the Handle System.
        Optional<String> doi = normalizeDoi(h.group(1));
        if (doi.isPresent()) {
            out.add(new Identifier(IdentifierScheme.DOI, doi.get(), url));
        } else {
            add(out, IdentifierScheme.HANDLE, h, url);
        }
    }

    /** The scheme's normalised form of the matcher's first group, when the whole text matches. */
    private static void add(List<Identifier> out, IdentifierScheme scheme, Matcher m, String url) {
        if (m.matches()) {
            normalize(scheme, m.group(1)).ifPresent(v -> out.add(new Identifier(scheme, v, url)));
        }
    }

    /** {@code prefix} and the first group when the whole text matches. */
    private static Optional<String> group(Matcher m, String prefix) {
        return m.matches() ? Optional.of(prefix + m.group(1)) : Optional.empty();
    }

    /** The EAN-13 weighted sum (weights 1, 3, 1, …) of the digits. */
    private static int ean13Sum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum;
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
