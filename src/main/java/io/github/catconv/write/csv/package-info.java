/**
 * The CSV writer ({@code --to csv}): one header row and one row per record, RFC 4180, written
 * through Apache Commons CSV.
 *
 * <p>Two column tables: {@link io.github.catconv.write.csv.CsvColumn} (the documented default
 * set, selectable with option {@code columns}) and {@link io.github.catconv.write.csv.ZoteroColumn}
 * (option {@code profile=zotero}: the exact columns of Zotero's CSV export). See {@code docs/csv.md}.
 */
package io.github.catconv.write.csv;
