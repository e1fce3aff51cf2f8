package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Harvard University", "Universität Wien", "Université de Montréal", "Universidad de Chile",
        "Università di Bologna", "Universiteit Leiden", "Massachusetts Institute of Technology",
        "Max-Planck-Institut für Physik", "Istituto Nazionale di Fisica Nucleare", "Instituto Cervantes",
        "Royal Society", "Deutsche Forschungsgesellschaft", "Gesellschaft Deutscher Chemiker",
        "Société mathématique de France", "Società italiana di fisica", "Sociedad Española de Física",
        "American Library Association", "Verein Deutscher Ingenieure", "Vereniging Rembrandt",
        "Department of Energy", "Ministry of Health", "Bundesministerium für Bildung und Forschung",
        "Ministère de la Culture", "Committee on Publication Ethics", "Medical Research Council",
        "European Commission", "Kommission für Geschichte", "Library of Congress", "Bayerische Staatsbibliothek",
        "Bibliothèque nationale de France", "Biblioteca Nacional de España", "British Museum",
        "Royal Academy of Arts", "Akademie der Wissenschaften", "Académie française", "Accademia della Crusca",
        "Oxford University Press", "Cambridge Press Syndicate", "Apple Inc.", "Tesco Ltd", "Siemens AG",
        "Robert Bosch GmbH", "Nestlé S.A.", "International Conference on Machine Learning",
        "Congress of Vienna Society", "Symposium on Theory of Computing", "Workshop on NLP",
        "Internationaler Kongress für Psychologie", "World Health Organization", "Organisation internationale",
        "Centre national de la recherche scientifique", "Center for Open Science", "Helmholtz-Zentrum Berlin",
        "Centro de Estudios", "Ford Foundation", "Robert Bosch Stiftung", "European Space Agency",
        "Patent Office", "Bureau of Labor Statistics", "Board of Trade", "Unione matematica italiana",
        "Church of England", "Press Association", "European Union", "International Federation of Library Associations",
        "General Motors Corporation", "East India Company", "Massachusetts General Hospital",
        "United States", "Great Britain", "United States. Congress. Senate", "Great Britain. Parliament",
        "Harvard University. Department of Physics", "Germany. Auswärtiges Amt", "UNESCO", "IEEE",
        "University of California, Berkeley"
    })
    void recognisesOrganizations(String name) {
        assertTrue(Organizations.looksLikeOrganization(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Press, John", "Church, Alonzo", "Union, Mary", "Board, Jane K.", "Office, Mary Ann",
        "Congress, John", "Bank, Anna", "Tookey, Paula", "Mason, K. J.", "Smith, John",
        "Alonzo Church", "John Press", "Jeff Powis", "Plato", "Thos. Jefferson", "Ken I. Getawitnez",
        "J. R. R. Tolkien", "Rathaus, Karl", "Gogh, Vincent van", "Humboldt, Alexander von",
        "King, Martin Luther, Jr.", "Press, John (John Edward)", "Church, Alonzo, 1903-1995", "Mураками, Харуки",
        "III", "Jr.", "Amartya Sen", "Mao"
    })
    void leavesPersonsAlone(String name) {
        assertFalse(Organizations.looksLikeOrganization(name), name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", ",", "."})
    void blankIsNoOrganization(String name) {
        assertFalse(Organizations.looksLikeOrganization(name));
    }
}
