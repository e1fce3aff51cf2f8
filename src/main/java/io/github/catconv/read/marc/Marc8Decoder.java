package io.github.catconv.read.marc;

import io.github.catconv.internal.TsvResource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes MARC-8, the character encoding of MARC 21 records whose leader/09 is blank ("MARC 21
 * Specifications for Record Structure, Character Sets, and Exchange Media", Part 3), into Unicode.
 *
 * <p>Each field starts with the default sets, basic Latin (ASCII) as G0 and ANSEL as G1: bytes
 * 21-7E are read in the G0 set, A1-FE in the G1 set. Escape sequences designate other sets for
 * the rest of the field: {@code ESC ( F} / {@code ESC , F} a G0 set, {@code ESC ) F} /
 * {@code ESC - F} a G1 set, {@code ESC $ F} (also {@code ESC $ , F}, {@code ESC $ ) F}) the
 * three-byte East Asian set EACC, and {@code ESC g}, {@code ESC b}, {@code ESC p}, {@code ESC s}
 * the Greek symbols, subscripts, superscripts and ASCII again. Combining marks, which MARC-8
 * writes before their base letter, are moved after it; the text is then NFC-normalised. ANSEL's
 * non-sort markers (88, 89) are dropped: no output has a place for them.
 *
 * <p>A byte that no table knows becomes U+FFFD and is reported, as are unknown escape sequences
 * (dropped) and combining marks with no letter after them (dropped): never silent.
 *
 * <p>The tables come from {@code marc8.tsv} (tools/gen-marc8.py), loaded on first use.
 */
final class Marc8Decoder {

    /** One problem: in which field (0 = leader and directory, n = the n-th data field) and what. */
    record Problem(int field, String message) {
    }

    /** The decoded text and what could not be decoded. */
    record Result(String text, List<Problem> problems) {
    }

    private static final int FT = 0x1E;
    private static final int ESC = 0x1B;
    private static final char REPLACEMENT = '\uFFFD';
    /** Set finals: basic Latin, ANSEL, EACC; a table entry with this bit is a combining mark. */
    private static final int ASCII = 'B';
    private static final int ANSEL = 'E';
    private static final int EACC = '1';
    private static final int COMBINING = 1 << 30;

    private Marc8Decoder() {
    }

    /** The code tables, read once when the first MARC-8 record is seen. */
    private static final class Tables {
        /** Single-byte sets by their final character; each indexed by position (21-7E) or C1 byte (80-9F). */
        static final int[][] SINGLE = new int[128][];
        static final int[] EACC_CODES;
        static final int[] EACC_CHARS;

        static {
            List<String[]> rows = TsvResource.rows(Marc8Decoder.class, "marc8.tsv");
            int n = 0;
            for (String[] r : rows) {
                if (r[0].charAt(0) == EACC) {
                    n++;
                }
            }
            int[] codes = new int[n];
            int[] chars = new int[n];
            int k = 0;
            for (String[] r : rows) {
                int set = r[0].charAt(0);
                int code = Integer.parseInt(r[1], 16);
                int cp = Integer.parseInt(r[2], 16) | (r.length > 3 && "c".equals(r[3]) ? COMBINING : 0);
                if (set == EACC) {
                    codes[k] = code;
                    chars[k++] = cp;
                } else {
                    if (SINGLE[set] == null) {
                        SINGLE[set] = new int[256];
                    }
                    SINGLE[set][code] = cp;
                }
            }
            sortTogether(codes, chars);
            EACC_CODES = codes;
            EACC_CHARS = chars;
        }

        private static void sortTogether(int[] codes, int[] chars) {
            long[] pairs = new long[codes.length];
            for (int i = 0; i < codes.length; i++) {
                pairs[i] = ((long) codes[i] << 32) | (chars[i] & 0xFFFFFFFFL);
            }
            Arrays.sort(pairs);
            for (int i = 0; i < pairs.length; i++) {
                codes[i] = (int) (pairs[i] >>> 32);
                chars[i] = (int) pairs[i];
            }
        }

        static boolean known(int set) {
            return set == EACC || (set < 128 && SINGLE[set] != null);
        }

        /** The table entry of one character, 0 when the set has none there. */
        static int lookup(int set, int code) {
            if (set == EACC) {
                int i = Arrays.binarySearch(EACC_CODES, code);
                return i < 0 ? 0 : EACC_CHARS[i];
            }
            return SINGLE[set][code];
        }
    }

    /**
     * Decodes a record's bytes (leader, directory and fields; the field terminators reset the sets).
     *
     * @param bytes the record; not null
     * @param from first byte to decode
     * @param to end of the bytes to decode (exclusive)
     * @return the text, NFC, and the problems met (empty when every byte was decoded)
     */
    static Result decode(byte[] bytes, int from, int to) {
        return new Decoding(bytes, to).run(from);
    }

    /** One decoding run: the designated sets, the combining marks waiting for their letter. */
    private static final class Decoding {
        private final byte[] in;
        private final int end;
        private final StringBuilder out;
        private final StringBuilder pending = new StringBuilder(2);
        private final List<Problem> problems = new ArrayList<>(0);
        private int g0 = ASCII;
        private int g1 = ANSEL;
        private boolean g0Wide;
        private boolean g1Wide;
        private int field;

        Decoding(byte[] in, int end) {
            this.in = in;
            this.end = end;
            this.out = new StringBuilder(end);
        }

        Result run(int from) {
            int i = from;
            while (i < end) {
                int b = in[i] & 0xFF;
                if (b == ESC) {
                    i = escape(i);
                } else if (b < 0x20 || (b == 0x7F && !g0Wide)) {
                    control(b);
                    i++;
                } else if (b == 0x20) {
                    base(' ');
                    i++;
                } else if (b < 0x80) {
                    i = graphic(i, g0, g0Wide, 0);
                } else if (b >= 0xA1 && b <= 0xFE) {
                    i = graphic(i, g1, g1Wide, 0x80);
                } else if (b <= 0x9F && g1 == ANSEL && Tables.SINGLE[ANSEL][b] != 0) {
                    int cp = Tables.SINGLE[ANSEL][b];
                    if (b == 0x8D || b == 0x8E) {
                        out.appendCodePoint(cp); // zero-width joiner / non-joiner: kept where they stand
                    }
                    i++;
                } else {
                    unknown(String.format("byte 0x%02X is not in the code tables", b));
                    i++;
                }
            }
            dropDanglingMarks();
            String text = out.toString();
            return new Result(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC), problems);
        }

        /** One character of a graphic set; returns the index after it. */
        private int graphic(int i, int set, boolean wide, int offset) {
            if (set == ASCII && offset == 0) {
                base((char) in[i]);
                return i + 1;
            }
            if (!wide) {
                int entry = Tables.lookup(set, (in[i] & 0xFF) - offset);
                emit(entry, in[i] & 0xFF);
                return i + 1;
            }
            // 7F-led codes are the Innovative Interfaces ones (pymarc's ODD_MAP): any two bytes follow.
            boolean odd = (in[i] & 0xFF) == 0x7F;
            if (i + 2 >= end || (!odd && (isControl(in[i + 1]) || isControl(in[i + 2])))) {
                unknown(String.format("EACC character cut short at byte 0x%02X", in[i] & 0xFF));
                return i + 1;
            }
            int code = (((in[i] & 0xFF) - offset) << 16) | (((in[i + 1] & 0xFF) - offset) << 8)
                    | ((in[i + 2] & 0xFF) - offset);
            emit(Tables.lookup(set, code), code);
            return i + 3;
        }

        private static boolean isControl(byte b) {
            return (b & 0xFF) < 0x20 && b != 0x20;
        }

        private void emit(int entry, int code) {
            if (entry == 0) {
                unknown(String.format(code > 0xFF ? "EACC code 0x%06X is not in the code tables"
                        : "byte 0x%02X is not in the code tables of the designated set", code));
            } else if ((entry & COMBINING) != 0) {
                pending.appendCodePoint(entry & ~COMBINING);
            } else {
                base(entry);
            }
        }

        /** A base character, then the combining marks that preceded it in MARC-8. */
        private void base(int cp) {
            out.appendCodePoint(cp);
            if (pending.length() > 0) {
                out.append(pending);
                pending.setLength(0);
            }
        }

        private void control(int b) {
            dropDanglingMarks();
            out.append((char) b);
            if (b == FT) {
                // Every field starts again with the default sets.
                field++;
                g0 = ASCII;
                g1 = ANSEL;
                g0Wide = false;
                g1Wide = false;
            }
        }

        private void dropDanglingMarks() {
            if (pending.length() > 0) {
                problems.add(new Problem(field, pending.codePointCount(0, pending.length())
                        + " combining mark(s) with no letter after them, dropped"));
                pending.setLength(0);
            }
        }

        private void unknown(String message) {
            problems.add(new Problem(field, message));
            base(REPLACEMENT);
        }

        /** Reads an escape sequence at {@code i}; returns the index after it. */
        private int escape(int i) {
            int a = at(i + 1);
            switch (a) {
                case 'g', 'b', 'p' -> {
                    g0 = a;
                    g0Wide = false;
                    return i + 2;
                }
                case 's' -> {
                    g0 = ASCII;
                    g0Wide = false;
                    return i + 2;
                }
                case '(', ',', ')', '-' -> {
                    int f = i + 2;
                    if (at(f) == '!') {
                        f++; // "ESC ( ! E": the intermediate some systems write before ANSEL's final
                    }
                    return designate(i, f, a == '(' || a == ',', false);
                }
                case '$' -> {
                    int b = at(i + 2);
                    boolean toG1 = b == ')' || b == '-';
                    int f = b == '(' || b == ',' || toG1 ? i + 3 : i + 2;
                    return designate(i, f, !toG1, true);
                }
                default -> {
                    problems.add(new Problem(field, String.format("escape sequence ESC 0x%02X is not MARC-8, dropped", a)));
                    return i + 1;
                }
            }
        }

        private int designate(int i, int finalAt, boolean toG0, boolean wide) {
            int f = at(finalAt);
            if (f < 0 || !Tables.known(f) || (f == EACC) != wide) {
                problems.add(new Problem(field, String.format("escape to an unknown character set (0x%02X), dropped",
                        Math.max(f, 0))));
                return Math.min(finalAt + 1, end);
            }
            if (toG0) {
                g0 = f;
                g0Wide = wide;
            } else {
                g1 = f;
                g1Wide = wide;
            }
            return finalAt + 1;
        }

        private int at(int i) {
            return i < end ? in[i] & 0xFF : -1;
        }
    }
}
