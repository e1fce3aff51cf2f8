package io.github.catconv.read.marc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One MARC 21 record: the leader and its fields in source order. Immutable.
 *
 * @param leader the 24-character leader as given (may be shorter or blank in scraped data; never null)
 * @param fields control and data fields in source order; never null
 */
public record MarcRecord(String leader, List<Field> fields) {

    /** Copies the fields; a null leader becomes "". */
    public MarcRecord {
        leader = leader == null ? "" : leader;
        fields = List.copyOf(fields);
    }

    /**
     * One subfield.
     *
     * @param code the subfield code ('a', '4', …)
     * @param value the value as catalogued, never null
     */
    public record Subfield(char code, String value) {
        /** Checks the value. */
        public Subfield {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One field: a control field (tag 001-009: {@code data} set, no subfields) or a data field
     * (indicators and subfields, {@code data} null).
     *
     * @param tag three characters, e.g. "245"
     * @param ind1 first indicator, ' ' when blank
     * @param ind2 second indicator, ' ' when blank
     * @param subfields the subfields in order; empty for control fields
     * @param data the control field's value, or null for a data field
     * @param line 1-based input line of the field, 0 when unknown
     */
    public record Field(String tag, char ind1, char ind2, List<Subfield> subfields, String data, int line) {

        /** Checks the tag and copies the subfields. */
        public Field {
            Objects.requireNonNull(tag, "tag");
            subfields = List.copyOf(subfields);
        }

        /** A control field. */
        public static Field control(String tag, String data, int line) {
            return new Field(tag, ' ', ' ', List.of(), Objects.requireNonNull(data, "data"), line);
        }

        /** True for a control field (001-009). */
        public boolean isControl() {
            return data != null;
        }

        /** The values of one subfield code, in order; empty when there is none. */
        public List<String> values(char code) {
            List<String> out = new ArrayList<>(1);
            for (Subfield s : subfields) {
                if (s.code() == code) {
                    out.add(s.value());
                }
            }
            return out;
        }

        /** The first value of a subfield code, or null. */
        public String first(char code) {
            for (Subfield s : subfields) {
                if (s.code() == code) {
                    return s.value();
                }
            }
            return null;
        }

        /** The values of the given codes in field order, joined by a space; null when none. */
        public String join(String codes) {
            StringBuilder sb = new StringBuilder();
            for (Subfield s : subfields) {
                if (codes.indexOf(s.code()) >= 0 && !s.value().isBlank()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s.value().strip());
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
    }

    /** The fields with one tag, in order. */
    public List<Field> fields(String tag) {
        List<Field> out = new ArrayList<>(2);
        for (Field f : fields) {
            if (f.tag().equals(tag)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The first field with a tag. */
    public Optional<Field> field(String tag) {
        for (Field f : fields) {
            if (f.tag().equals(tag)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A control field's value (e.g. "001", "008"). */
    public Optional<String> control(String tag) {
        return field(tag).map(Field::data);
    }

    /** The leader character at a position, or ' ' when the leader is shorter. */
    public char leaderAt(int pos) {
        return pos < leader.length() ? leader.charAt(pos) : ' ';
    }
}
