/**
 * The EndNote XML writer ({@code --to endnote-xml}), streamed through jackson-dataformat-xml
 * ({@link io.github.catconv.write.xml.XmlOutput}); the mapping is docs/endnote-xml.md.
 */
package io.github.catconv.write.endnotexml;
