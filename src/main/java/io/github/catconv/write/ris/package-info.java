/**
 * The RIS writer ({@code --to ris}): one {@code TY … ER} block per record, as the RIS
 * specification (Research Information Systems, 2011) and Zotero's RIS translator write it.
 *
 * <p>Mappings are tables: {@link io.github.catconv.write.ris.RisType} (record type to {@code TY}
 * and the per-type tag choices Zotero reads back) and {@link io.github.catconv.write.ris.RisTag}
 * (the fixed tag order). See {@code docs/ris.md}.
 */
package io.github.catconv.write.ris;
