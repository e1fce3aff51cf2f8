/**
 * The MODS writer ({@code --to mods}): MODS 3.8 XML, streamed through jackson-dataformat-xml
 * ({@link io.github.catconv.write.xml.XmlOutput}); the mapping is docs/mods.md.
 */
package io.github.catconv.write.mods;
