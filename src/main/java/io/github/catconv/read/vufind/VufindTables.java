package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.Labels;
import io.github.catconv.read.vufind.page.SolrSchema;
import io.github.catconv.catalog.Languages;
import io.github.catconv.catalog.Organizations;
import io.github.catconv.catalog.Roles;
import java.util.List;

/**
 * Loads the lookup tables the VuFind reader needs for its first record, so that a caller can have
 * that done ahead of time on another thread (the command line does it while it parses its
 * arguments; docs/performance.md, "Start-up"). Loading twice, or concurrently with the reader,
 * is safe: every table is built once, at class initialisation, which the JVM serialises.
 */
public final class VufindTables {

    private VufindTables() {
    }

    /**
     * Builds the header label, Solr field, mapping, format, role, language and organisation tables now.
     * Has no other effect; a table that cannot be built throws here as it would in the reader.
     */
    public static void load() {
        Labels.get();
        SolrSchema.get();
        MappingTable.values(); // initialises the table, which links the mapper classes
        FormatTable.typeOf(List.of("Article"));
        Roles.fromTerm("editor");
        Languages.toBcp47("English");
        Organizations.looksLikeOrganization("University of Oxford");
    }
}
