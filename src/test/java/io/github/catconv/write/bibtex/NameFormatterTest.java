package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.model.Agent;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameFormatterTest {

    static Stream<Arguments> classic() {
        return Stream.of(
                Arguments.of(Person.of("Tookey", "Paula"), "Tookey, Paula"),
                Arguments.of(new Person("Gogh", "Vincent", null, "van", null, null), "van Gogh, Vincent"),
                Arguments.of(new Person("La Fontaine", "Jean", "de", null, null, null), "de La Fontaine, Jean"),
                Arguments.of(new Person("Beethoven", "Ludwig", "van", "von", null, null), "van von Beethoven, Ludwig"),
                Arguments.of(new Person("King", "Martin Luther", null, null, "Jr.", null), "King, Jr., Martin Luther"),
                Arguments.of(new Person("Smith", null, null, null, "Jr.", null), "{Smith, Jr.}"),
                Arguments.of(Person.of("Plato", null), "Plato"),
                Arguments.of(new Organization("World Health Organization"), "{World Health Organization}"),
                Arguments.of(new Organization("Smith and Sons"), "{Smith and Sons}"),
                Arguments.of(Person.literal("bell hooks"), "{bell hooks}"),
                Arguments.of(Person.of("Johnson", "Anne and Bob"), "Johnson, Anne {and} Bob"),
                Arguments.of(Person.of("Sand AND Sea", "X"), "Sand {AND} Sea, X"),
                Arguments.of(Person.of("Smith, Jones", "Al"), "{Smith, Jones}, Al"),
                Arguments.of(Person.of("dos Santos Silva", "Ana"), "{dos Santos Silva}, Ana"),
                Arguments.of(Person.of("Dvořák", "Antonín"), "Dvo{\\v{r}}{\\'a}k, Anton{\\'\\i}n"));
    }

    @ParameterizedTest
    @MethodSource
    void classic(Agent agent, String expected) {
        assertEquals(expected, new NameFormatter(LatexEncoder.ascii(), false).format(agent));
    }

    static Stream<Arguments> extended() {
        return Stream.of(
                Arguments.of(Person.of("Tookey", "Paula"), "family=Tookey, given=Paula"),
                Arguments.of(new Person("Gogh", "Vincent", null, "van", null, null),
                        "family=Gogh, given=Vincent, prefix=van, useprefix=true"),
                Arguments.of(new Person("La Fontaine", "Jean", "de", null, null, null),
                        "family=La Fontaine, given=Jean, prefix=de, useprefix=false"),
                Arguments.of(new Person("Smith", null, null, null, "Jr.", null), "family=Smith, suffix=Jr."),
                // biber splits extended names at every comma, so this one stays classic.
                Arguments.of(Person.of("Smith, Jones", "Al"), "{Smith, Jones}, Al"),
                Arguments.of(new Person("Smith", "Al", null, null, "Jr., III", null), "Smith, Jr. III, Al"),
                Arguments.of(new Organization("WHO"), "{WHO}"));
    }

    @ParameterizedTest
    @MethodSource
    void extended(Agent agent, String expected) {
        assertEquals(expected, new NameFormatter(LatexEncoder.unicode(), true).format(agent));
    }

    @Test
    void joinsWithAnd() {
        List<Agent> list = List.of(Person.of("A", "B"), new Organization("C D"), Person.of("E", null));
        assertEquals("A, B and {C D} and E", new NameFormatter(LatexEncoder.unicode(), false).format(list));
    }
}
