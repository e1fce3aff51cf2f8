/**
 * Framing: cuts a JSON or XML export into its documents at the byte level, without parsing them,
 * so that each document goes to a fresh hardened parser ({@code read.limits}) and one broken
 * document costs only itself. Streams, holding one document at a time.
 */
package io.github.catconv.read.frame;
