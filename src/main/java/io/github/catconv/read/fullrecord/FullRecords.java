package io.github.catconv.read.fullrecord;

import io.github.catconv.read.marc.Iso2709Parser;
import io.github.catconv.read.marc.MarcJsonParser;
import io.github.catconv.read.marc.MarcMapper;
import io.github.catconv.read.marc.MarcRecord;
import io.github.catconv.read.marc.MarcXmlParser;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.limits.XmlLimits;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the source record VuFind keeps in the Solr field {@code fullrecord}: MARCXML,
 * MARC-in-JSON, raw MARC (ISO 2709, when its separators survived or were replaced by visible
 * characters), Dublin Core ({@code oai_dc}) or MODS, alone or inside an OAI-PMH envelope.
 * This is the entry point for the staff-view and Solr readers.
 */
public final class FullRecords {

    /** The shapes a {@code fullrecord} value comes in. */
    public enum Kind { MARCXML, MARC_JSON, ISO2709, DUBLIN_CORE, MODS, UNKNOWN }

    private FullRecords() {
    }

    /**
     * Which shape a value has, from its first characters and (for XML) its elements.
     *
     * @param text the value; null gives UNKNOWN
     * @return the kind; never null
     */
    public static Kind detect(String text) {
        if (text == null) {
            return Kind.UNKNOWN;
        }
        String t = text.strip();
        if (t.startsWith("{") || t.startsWith("[")) {
            return t.contains("\"leader\"") || t.contains("\"fields\"") ? Kind.MARC_JSON : Kind.UNKNOWN;
        }
        if (t.startsWith("<")) {
            if (t.contains("datafield") || t.contains("controlfield") || t.contains(":leader") || t.contains("<leader")) {
                return Kind.MARCXML;
            }
            if (t.contains("<mods") || t.contains(":mods")) {
                return Kind.MODS;
            }
            return t.contains(":dc") || t.contains("<dc") ? Kind.DUBLIN_CORE : Kind.UNKNOWN;
        }
        return t.length() > 24 && t.substring(0, 5).chars().allMatch(Character::isDigit)
                && t.substring(12, 17).chars().allMatch(Character::isDigit) ? Kind.ISO2709 : Kind.UNKNOWN;
    }

    /**
     * Reads a {@code fullrecord} value into a record. A value that cannot be read is reported as
     * a warning (the record still has its other fields), never thrown.
     *
     * @param text the value; may be null
     * @param id the Solr id, used when the source record has no id of its own; not null
     * @param ctx where warnings go; not null
     * @param line the input line of the field, 0 when unknown
     * @return the record the value holds, empty when it is of an unknown shape or unreadable
     */
    public static Optional<BibRecord> read(String text, String id, ReadContext ctx, int line) {
        Kind kind = detect(text);
        try {
            return switch (kind) {
                case MARCXML -> first(MarcXmlParser.parseAll(text)).map(m -> new MarcMapper(ctx).map(m, id, line));
                case MARC_JSON -> first(MarcJsonParser.parseAll(text)).map(m -> new MarcMapper(ctx).map(m, id, line));
                case ISO2709 -> Optional.of(new MarcMapper(ctx).map(Iso2709Parser.parse(text), id, line));
                case DUBLIN_CORE -> DublinCoreMapper.map(XmlNode.parse(text), id, ctx, line);
                case MODS -> ModsMapper.map(XmlNode.parse(text), id, ctx, line);
                case UNKNOWN -> Optional.empty();
            };
        } catch (XMLStreamException e) {
            ctx.warn(line, id, "fullrecord (" + kind + ") not read: " + XmlLimits.describe(e));
        } catch (IOException | IllegalArgumentException e) {
            ctx.warn(line, id, "fullrecord (" + kind + ") not read: " + io.github.catconv.internal.Printable.message(e));
        }
        return Optional.empty();
    }

    private static Optional<MarcRecord> first(List<MarcRecord> records) {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
    }
}
