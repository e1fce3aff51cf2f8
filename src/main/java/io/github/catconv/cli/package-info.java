/**
 * The command line: picocli commands and the mapping of failures to exit codes. Nothing else:
 * the work is done by {@link io.github.catconv.convert.Conversion} and the plug-ins.
 */
package io.github.catconv.cli;
