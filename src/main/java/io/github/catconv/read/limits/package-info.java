/**
 * The hardened XML (Woodstox) and JSON (Jackson) parser settings every reader of this project
 * uses: no DTDs or external entities, bounded depth, names, attributes and text.
 */
package io.github.catconv.read.limits;
