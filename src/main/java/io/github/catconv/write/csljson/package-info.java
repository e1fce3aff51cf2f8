/**
 * The CSL-JSON writer ({@code --to csl-json}): a streamed, pretty-printed JSON array of CSL 1.0.2
 * items built by {@link io.github.catconv.csl.CslMapping}.
 */
package io.github.catconv.write.csljson;
