/**
 * Shared helpers that are not API: line reading, text cleaning, name/date/identifier parsing.
 * Nothing here is stable for third-party plug-ins.
 */
package io.github.catconv.internal;
