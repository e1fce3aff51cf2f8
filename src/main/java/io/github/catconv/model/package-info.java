/**
 * The one record model that every reader fills and every writer reads.
 *
 * <p>Depends only on the JDK. Value types are immutable records that check their input;
 * {@link io.github.catconv.model.BibRecord} is an immutable class with a builder.
 * Collections are never null.
 *
 * <p>Absent facts have one form per kind of type: {@code BibRecord}'s accessors return
 * {@link java.util.Optional} for every fact a record may lack; the small value records
 * ({@code Container}, {@code Series}, {@code PageRange}, {@code DateValue}, {@code SourceInfo}) are
 * read through their components, which are null when absent (each {@code @param} says so), with
 * no Optional twin beside them.
 */
package io.github.catconv.model;
