/**
 * Diagnostics: what went wrong where, the sink that collects it, and the exit statuses.
 */
package io.github.catconv.diag;
