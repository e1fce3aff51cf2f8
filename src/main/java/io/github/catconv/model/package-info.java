/**
 * The one record model that every reader fills and every writer reads.
 *
 * <p>Depends only on the JDK. Value types are immutable records that check their input;
 * {@link io.github.catconv.model.BibRecord} is an immutable class with a builder.
 * Collections are never null.
 */
package io.github.catconv.model;
