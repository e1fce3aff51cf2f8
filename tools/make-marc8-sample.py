#!/usr/bin/env python3
"""Writes samples/marc8-de-ru-el-3-records.mrc: three hand-made MARC 21 records in MARC-8.

Usage: tools/make-marc8-sample.py > samples/marc8-de-ru-el-3-records.mrc

The bytes are spelled out below as a cataloguing system writes MARC-8 (leader/09 blank): ANSEL
diacritics before the letter they belong to (E8 diaeresis, E1 grave, E2 acute, E5 macron, E6
breve, EB/EC the two halves of a ligature tie, C7 eszett), and the other scripts through escape
sequences: ESC ( N basic Cyrillic (ISO 5427), ESC ( S basic Greek (ISO 5428), ESC ( B back to
ASCII. Records 2 and 3 give their romanized fields with the original script in 880 fields linked
through $6. Record 1 is fictional (in the style of VuFind's "Person, Fake" test records); records
2 and 3 are Tolstoy's War and Peace and Plato's Republic with made-up imprints. No identifiers.
"""
import sys

ESC = b"\x1b"
CYR = ESC + b"(N"
GRK = ESC + b"(S"
ASC = ESC + b"(B"


def uml(c):
    """A letter with a diaeresis: E8, then the letter."""
    return b"\xe8" + c.encode()


def field(ind, *subfields):
    out = ind.encode()
    for code, value in subfields:
        out += b"\x1f" + code.encode() + (value if isinstance(value, bytes) else value.encode())
    return out


def record(fields):
    directory = b""
    data = b""
    for tag, body in fields:
        body += b"\x1e"
        directory += tag.encode() + b"%04d%05d" % (len(body), len(data))
        data += body
    base = 24 + len(directory) + 1
    length = base + len(data) + 1
    leader = b"%05dnam  22%05d   4500" % (length, base)  # leader/09 blank: MARC-8
    assert len(leader) == 24
    return leader + directory + b"\x1e" + data + b"\x1d"


def f008(lang, country, year):
    return ("980101s" + year + "    " + country + " " * 17 + lang + " d").encode()


GERMAN = [
    ("001", b"marc8-0001"),
    ("008", f008("ger", "sz ", "1998")),
    ("100", field("1 ", ("a", b"M" + uml("u") + b"ller, J" + uml("u") + b"rgen,"), ("d", "1950-"), ("4", "aut"))),
    ("245", field("10", ("a", uml("U") + b"ber die " + uml("A") + b"sthetik der " + uml("O") + b"ffentlichkeit :"),
                  ("b", b"Studien zur Stra\xc7enkultur /"),
                  ("c", b"J" + uml("u") + b"rgen M" + uml("u") + b"ller ; hrsg. von H\xe2el\xe1ene Lef\xe1evre."))),
    ("250", field("  ", ("a", b"2., " + uml("u") + b"berarb. Aufl."))),
    ("260", field("  ", ("a", b"Z" + uml("u") + b"rich :"), ("b", b"B" + uml("u") + b"cherei Z" + uml("u") + b"rcher Drucke,"),
                  ("c", "1998."))),
    ("300", field("  ", ("a", "254 S. ;"), ("c", "21 cm"))),
    ("650", field(" 7", ("a", uml("O") + b"ffentlichkeit"), ("2", "gnd"))),
    ("700", field("1 ", ("a", b"Lef\xe1evre, H\xe2el\xe1ene,"), ("e", "Hrsg."), ("4", "edt"))),
]

RUSSIAN = [
    ("001", b"marc8-0002"),
    ("008", f008("rus", "ru ", "1978")),
    ("066", field("  ", ("c", "(N"))),
    ("100", field("1 ", ("6", "880-01"), ("a", b"Tolsto\xe6i, Lev,"), ("c", "graf,"), ("d", "1828-1910."))),
    ("245", field("10", ("6", "880-02"), ("a", b"Vo\xe6ina i mir /"), ("c", b"L.N. Tolsto\xe6i."))),
    ("260", field("  ", ("6", "880-03"), ("a", "Moskva :"), ("b", b"Khudozhestvenna\xebi\xeca literatura,"), ("c", "1978."))),
    ("300", field("  ", ("a", "4 v. ;"), ("c", "21 cm"))),
    # Толстой, Лев, граф
    ("880", field("1 ", ("6", "100-01/(N"), ("a", CYR + b"\x74\x4f\x4c\x53\x54\x4f\x4a, \x6c\x45\x57," + ASC),
                  ("c", CYR + b"\x47\x52\x41\x46," + ASC), ("d", "1828-1910."))),
    # Война и мир / Л.Н. Толстой.
    ("880", field("10", ("6", "245-02/(N"), ("a", CYR + b"\x77\x4f\x4a\x4e\x41 \x49 \x4d\x49\x52 /" + ASC),
                  ("c", CYR + b"\x6c.\x6e. \x74\x4f\x4c\x53\x54\x4f\x4a." + ASC))),
    # Москва : Художественная литература, 1978.
    ("880", field("  ", ("6", "260-03/(N"), ("a", CYR + b"\x6d\x4f\x53\x4b\x57\x41 :" + ASC),
                  ("b", CYR + b"\x68\x55\x44\x4f\x56\x45\x53\x54\x57\x45\x4e\x4e\x41\x51 \x4c\x49\x54\x45\x52\x41\x54\x55\x52\x41," + ASC),
                  ("c", "1978."))),
]

GREEK = [
    ("001", b"marc8-0003"),
    ("008", f008("grc", "gr ", "1992")),
    ("066", field("  ", ("c", "(S"))),
    ("100", field("0 ", ("6", "880-01"), ("a", "Plato."))),
    ("245", field("10", ("6", "880-02"), ("a", "Politeia /"), ("c", b"Plat\xe5on."))),
    ("260", field("  ", ("6", "880-03"), ("a", b"Ath\xe5enai :"), ("b", "Kaktos,"), ("c", "1992."))),
    # Πλάτων (the acute 22 precedes its vowel, as in ANSEL)
    # The Greek set has no full stop, colon, comma or slash: back to ASCII (ESC ( B) before them.
    ("880", field("0 ", ("6", "100-01/(S"), ("a", GRK + b"\x53\x6e\x22\x61\x78\x7d\x70" + ASC + b"."))),
    # Πολιτεία / Πλάτων.
    ("880", field("10", ("6", "245-02/(S"), ("a", GRK + b"\x53\x72\x6e\x6c\x78\x66\x22\x6c\x61" + ASC + b" /"),
                  ("c", GRK + b"\x53\x6e\x22\x61\x78\x7d\x70" + ASC + b"."))),
    # Αθήνα : Κάκτος, 1992.
    ("880", field("  ", ("6", "260-03/(S"), ("a", GRK + b"\x41\x6b\x22\x6a\x70\x61" + ASC + b" :"),
                  ("b", GRK + b"\x4d\x22\x61\x6d\x78\x72\x77" + ASC + b","), ("c", "1992."))),
]

if __name__ == "__main__":
    sys.stdout.buffer.write(record(GERMAN) + record(RUSSIAN) + record(GREEK))
