/**
 * MARC 21 bibliographic records: a small model ({@link io.github.catconv.read.marc.MarcRecord}),
 * parsers for every shape a catalog dump holds them in (MARCXML, MARC-in-JSON, ISO 2709, and the
 * text of VuFind's MARC staff view), and the MARC-to-record mapping ({@link
 * io.github.catconv.read.marc.MarcMapper}, table in docs/marc-mapping.md).
 */
package io.github.catconv.read.marc;
