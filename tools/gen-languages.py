#!/usr/bin/env python3
"""Generates src/main/resources/io/github/catconv/catalog/languages.tsv.

Input: VuFind's translated ISO 639-3 language names (languages/ISO639-3/*.ini of
vufind-org/vufind, extracted to a TSV: iso639_3 key, then one column per UI language).
Usage: tools/gen-languages.py /work/shared/vufind/language-names.tsv > languages.tsv

Output: one line per ISO 639-3 code, "code<TAB>name<TAB>name...", every name NFC and
unique case-insensitively across the whole file, so the Java side can load it into a single
map without deciding anything. The build never reads the VuFind data itself.

A name that belongs to several codes (e.g. "Chinese": zho, cmn; "Malay": msa, zsm, zlm;
"Dan": daf, dnj) is written under one code only, chosen by this stable rule:
  1. the UI-language column it first appears in, in the order en, en-gb, then the file's
     column order (so an English name always wins over a translation);
  2. a code that has an ISO 639-1 equivalent (the macrolanguage: zho, msa, fas, est...);
  3. the alphabetically first code.
"""
import csv
import sys
import unicodedata

# ISO 639-3 codes that have an ISO 639-1 code, as java.util.Locale reports them
# (Locale.getISOLanguages() + getISO3Language(), JDK 17). Only used for the tie rule above.
HAS_639_1 = set("""
aar abk ave afr aka amh arg ara asm ava aym aze bak bel bul bih bis bam ben bod bre bos cat
che cha cos cre ces chu chv cym dan deu div dzo ewe ell eng epo spa est eus fas ful fin fij
fao fra fry gle gla glg grn guj glv hau heb hin hmo hrv hat hun hye her ina ind ile ibo iii
ipk ido isl ita iku jpn yid jav kat kon kik kua kaz kal khm kan kor kau kas kur kom cor kir
lat ltz lug lim lin lao lit lub lav mlg mah mri mkd mal mon mar msa mlt mya nau nob nde nep
ndo nld nno nor nbl nav nya oci oji orm ori oss pan pli pol pus por que roh run ron rus kin
san srd snd sme sag sin slk slv smo sna som sqi srp ssw sot sun swe swa tam tel tgk tha tir
tuk tgl tsn ton tur tso tat twi tah uig ukr urd uzb ven vie vol wln wol xho yor zha zho zul
""".split())

# ISO 639-2/B (bibliographic, used in MARC) -> 639-3; some VuFind keys use the B form.
B_TO_T = {
    "alb": "sqi", "arm": "hye", "baq": "eus", "bur": "mya", "chi": "zho", "cze": "ces",
    "dut": "nld", "fre": "fra", "geo": "kat", "ger": "deu", "gre": "ell", "ice": "isl",
    "mac": "mkd", "mao": "mri", "may": "msa", "per": "fas", "rum": "ron", "slo": "slk",
    "tib": "bod", "wel": "cym",
}

# Keys folded into another code: "mol" (Moldavian) was retired from ISO 639-3 in 2008 and
# merged into "ron"; "grk" is the ISO 639-5 family "Greek languages", but VuFind names it
# plain "Greek" (translated as "griego (moderno)"), which in catalog data means Modern Greek.
B_TO_T.update({"mol": "ron", "grk": "ell"})

# Keys that are not languages: "???" (unknown), "|||" (no attempt to code), undetermined,
# miscellaneous, no linguistic content. A record saying so has no language to report.
SKIP = {"_3F_3F_3F", "_7C_7C_7C", "und", "mis", "zxx"}

# English names VuFind's MARC import writes into the Solr `language` field
# (import/translation_maps/language_map.properties, MARC code list names) where they differ
# from the ISO 639-3 names above. Appended after the 639-3 names, so they never override one.
MARC_NAMES = {
    "Abkhaz": "abk", "Adygei": "ady", "Bable": "ast", "Bugis": "bug", "Church Slavic": "chu",
    "Divehi": "div", "Dutch, Middle (ca. 1050-1350)": "dum", "Edo": "bin",
    "English, Middle (1100-1500)": "enm", "English, Old (ca. 450-1100)": "ang",
    "French, Middle (ca. 1300-1600)": "frm", "French, Old (ca. 842-1300)": "fro",
    "Frisian": "fry", "Fula": "ful", "Gã": "gaa",
    "German, Middle High (ca. 1050-1500)": "gmh", "German, Old High (ca. 750-1050)": "goh",
    "Greek, Ancient (to 1453)": "grc", "Greek, Modern (1453-)": "ell",
    "Greek, Modern (1453- )": "ell", "Haitian French Creole": "hat", "Iloko": "ilo",
    "Irish, Middle (ca. 1100-1550)": "mga", "Irish, Old (to 1100)": "sga",
    "Kalâtdlisut": "kal", "Kara-Kalpak": "kaa", "Karachay-Balkar": "krc", "Kyrgyz": "kir",
    "Lahndā": "lah", "Luo (Kenya and Tanzania)": "luo", "Lushai": "lus", "Mandingo": "man",
    "Mapuche": "arn", "Mari": "chm", "Moldavian": "ron", "Mooré": "mos",
    "Ndebele (South Africa)": "nbl", "Ndebele (Zimbabwe)": "nde",
    "Neapolitan Italian": "nap", "Norwegian (Bokmål)": "nob", "Norwegian (Nynorsk)": "nno",
    "Occitan (post-1500)": "oci", "Oirat": "xal", "Ossetic": "oss", "Pampanga": "pam",
    "Panjabi": "pan", "Provençal (to 1500)": "pro", "Pushto": "pus",
    "Raeto-Romance": "roh", "Sango (Ubangi Creole)": "sag", "Scottish Gaelic": "gla",
    "Sicilian Italian": "scn", "Sinhalese": "sin", "Sotho": "sot", "Swazi": "ssw",
    "Syriac, Modern": "syr", "Tamashek": "tmh", "Tamazight": "zgh", "Tetum": "tet",
    "Tonga (Nyasa)": "tog", "Turkish, Ottoman": "ota", "Tuvinian": "tyv", "Uighur": "uig",
    "Yao (Africa)": "yao", "Romanian": "ron", "Swiss German": "gsw",
}


def norm(name):
    return unicodedata.normalize("NFC", name.strip())


def main(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, rows = rows[0], rows[1:]
    columns = list(range(1, len(header)))
    en_gb = header.index("en-gb")
    columns.remove(en_gb)
    columns.insert(1, en_gb)

    names = {}  # code -> [names in first-seen order]
    for row in rows:
        code = row[0].strip("'")
        code = B_TO_T.get(code, code)
        if code in SKIP or len(code) != 3:
            continue
        names.setdefault(code, [])

    # winner per lower-cased name: (column rank, no 639-1, code)
    best = {}
    for rank, col in enumerate(columns):
        for row in rows:
            code = B_TO_T.get(row[0].strip("'"), row[0].strip("'"))
            if code not in names or col >= len(row) or not norm(row[col]):
                continue
            name = norm(row[col])
            key = (rank, code not in HAS_639_1, code)
            if name.lower() not in best or key < best[name.lower()][0]:
                best[name.lower()] = (key, code, name)
    for key, code, name in sorted(best.values()):
        names[code].append(name)
    for name, code in MARC_NAMES.items():
        if name.lower() not in best:
            best[name.lower()] = (None, code, name)
            names[code].append(name)

    out = sys.stdout
    out.write("# Generated by tools/gen-languages.py from VuFind languages/ISO639-3/*.ini and\n")
    out.write("# import/translation_maps/language_map.properties. Do not edit by hand.\n")
    out.write("# iso639-3 TAB name... (NFC; each name unique case-insensitively)\n")
    for code in sorted(names):
        if names[code]:
            out.write(code + "\t" + "\t".join(names[code]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
