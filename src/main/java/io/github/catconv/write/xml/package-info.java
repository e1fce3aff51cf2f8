/**
 * Streamed XML output on jackson-dataformat-xml's {@code ToXmlGenerator}, shared by the XML writers
 * ({@code write.mods}, {@code write.endnotexml}): escaping, indentation and the characters XML 1.0
 * cannot hold are handled here once.
 */
package io.github.catconv.write.xml;
