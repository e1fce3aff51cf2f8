/**
 * The CSL-JSON writers: {@code --to csl-json}, a streamed, pretty-printed JSON array of CSL 1.0.2
 * items built by {@link io.github.catconv.csl.CslMapping}, and {@code --to csl-jsonl}, the same
 * items one per line.
 */
package io.github.catconv.write.csljson;
