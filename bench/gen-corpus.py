#!/usr/bin/env python3
"""Writes a benchmark corpus: N VuFind record pages, realistic variations of samples/multi-250-en.txt.

    bench/gen-corpus.py N OUT.txt

Record i is page (i mod 250) of the sample, copy c = i div 250. Copy 0 is the sample itself; every
other copy changes, consistently across all the page's lines (header, staff view, sort keys):
  - the id (var000001 -> b0004-var000001), so every record id is unique;
  - the first word of the title (Monastic -> Medieval, monastic -> medieval in title_sort and
    work_keys_str_mv), picked from 50 words by copy and page number;
  - the main author's family name (Novak -> Lindström, with its ASCII-folded lower-case form in
    work_keys_str_mv), picked from 600 built names by copy and page number;
  - the publication year (whole-word replace of publishDate's year everywhere on the page), moved
    by up to 30 years and kept before 2026.
So each page keeps the ~1.9 KB shape of a real VuFind record (the title still appears six times).
The output is deterministic: the same N gives the same bytes.
"""
import re
import sys
import unicodedata
from pathlib import Path

WORDS = ["Medieval", "Modern", "Urban", "Rural", "Social", "Economic", "Early", "Global", "Northern",
         "Colonial", "Imperial", "Sacred", "Public", "Private", "Visual", "Maritime", "Industrial",
         "Scientific", "Literary", "Political", "Ancient", "Classical", "Baroque", "Domestic", "Regional",
         "Southern", "Eastern", "Western", "Popular", "Hidden", "Forgotten", "Practical", "Critical",
         "Comparative", "Natural", "Moral", "Rational", "Civic", "Tropical", "Alpine", "Coastal",
         "Monastic", "Feminist", "Radical", "Quiet", "Lasting", "Changing", "Invisible", "Essential", "Narrative"]
# Family names are built from a root and an ending (600 names), with accented and apostrophe forms,
# so citation keys (name + year + title word) collide about as rarely as in a real catalogue.
ROOTS = ["Berg", "Lind", "Holm", "Ek", "Nak", "Tak", "Ros", "Bian", "Kowal", "Dub", "Fern", "Ngu",
         "Müll", "Anders", "Nov", "O'Bri", "Cost", "Jans", "Ivan", "Hadd", "Sil", "Lefè", "Horv", "Petr",
         "Lars", "Mend", "Yilm", "Kapl", "Orteg", "Okaf"]
ENDS = ["man", "quist", "ström", "amura", "ashi", "si", "chi", "ski", "ois", "ández", "yen", "er",
        "sson", "ák", "en", "a", "ova", "ad", "va", "vre"]
NAMES = [r + e for r in ROOTS for e in ENDS]


def fold(s):
    """ASCII lower-case form VuFind uses in work_keys_str_mv (accents dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum()).lower()


def pages(sample):
    text = sample.read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=Loading…$)", text)
    return [p if p.endswith("\n\n") else p.rstrip("\n") + "\n\n" for p in parts if p.strip()]


def field(page, name):
    m = re.search(r"(?m)^" + name + r" (.+)$", page)
    return m.group(1) if m else None


def template(page):
    """The page with its varying parts as format fields: {I} id, {T}/{t} title word, {N}/{n} name, {Y} year."""
    page = page.replace("{", "{{").replace("}", "}}")
    keep = {"I": field(page, "id"), "T": "", "t": "", "N": "", "n": "", "Y": 0}
    page = page.replace("id " + keep["I"] + "\n", "id {I}\n", 1)
    title = field(page, "title")
    first = re.match(r"[A-Za-z]+", title or "")
    if first and len(first.group(0)) > 2:
        keep["T"], keep["t"] = first.group(0), first.group(0).lower()
        page = re.sub(r"\b" + keep["T"] + r"\b", "{T}", page)
        page = re.sub(r"\b" + keep["t"], "{t}", page)
    author = field(page, "author")
    fam = author.split(",")[0].strip() if author and "," in author else ""
    if fam and " " not in fam and len(fam) > 2:
        keep["N"], keep["n"] = fam, fold(fam)
        page = re.sub(r"\b" + re.escape(fam) + r"\b", "{N}", page)
        page = page.replace(fold(fam), "{n}")
    year = field(page, "publishDate")
    if year and re.fullmatch(r"\d{4}", year):
        keep["Y"] = int(year)
        page = re.sub(r"\b" + year + r"\b", "{Y}", page)
    return page, keep


def vary(tmpl, c, i):
    page, keep = tmpl
    if c == 0:
        return page.format(**keep)
    word, name = WORDS[(c * 7 + i) % len(WORDS)], NAMES[(c * 13 + i * 31) % len(NAMES)]
    return page.format(I="b%04d-%s" % (c, keep["I"]),
                       T=word if keep["T"] else "", t=word.lower() if keep["t"] else "",
                       N=name if keep["N"] else "", n=fold(name) if keep["n"] else "",
                       Y=min(keep["Y"] + (c % 61) - 30, 2025))


def main():
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    sample = Path(__file__).resolve().parent.parent / "samples" / "multi-250-en.txt"
    base = [template(p) for p in pages(sample)]
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            f.write(vary(base[i % len(base)], i // len(base), i % len(base)))


if __name__ == "__main__":
    main()
