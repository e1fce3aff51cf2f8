package io.github.catconv.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of README's "Layout": arrows that point one way (read → model → write), a
 * model and diagnostics that depend on nothing of ours, and each third-party library used only by
 * the package whose job it is. ArchUnit reads the compiled classes, so fully qualified names
 * written inline count as much as imports do.
 */
@AnalyzeClasses(packages = "io.github.catconv", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.github.catconv";

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + ".(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = classes().that().resideInAPackage(ROOT + ".model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".model..", "java..");

    @ArchTest
    static final ArchRule diagnosticsDependOnNothingOfOurs = classes().that().resideInAPackage(ROOT + ".diag..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".diag..", "java..");

    /** The CSL tree is shared by the CSL-JSON writer and the citation adapter: only the model beneath it. */
    @ArchTest
    static final ArchRule cslTreeUsesOnlyTheModel = classes().that().resideInAPackage(ROOT + ".csl..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".csl..", ROOT + ".model..", "java..");

    @ArchTest
    static final ArchRule catalogParsersKnowNoReaderOrWriter = noClasses().that().resideInAPackage(ROOT + ".catalog..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".read..", ROOT + ".write..",
                    ROOT + ".convert..", ROOT + ".cli..", ROOT + ".cite..", ROOT + ".csl..");

    @ArchTest
    static final ArchRule plumbingKnowsNoDomain = noClasses().that().resideInAPackage(ROOT + ".internal..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".catalog..", ROOT + ".read..",
                    ROOT + ".write..", ROOT + ".convert..", ROOT + ".cli..", ROOT + ".cite..", ROOT + ".csl..");

    @ArchTest
    static final ArchRule readersNeverSeeWriters = noClasses().that().resideInAPackage(ROOT + ".read..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".write..", ROOT + ".cite..",
                    ROOT + ".csl..", ROOT + ".convert..", ROOT + ".cli..");

    @ArchTest
    static final ArchRule writersNeverSeeReaders = noClasses().that().resideInAnyPackage(ROOT + ".write..", ROOT + ".cite..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".read..", ROOT + ".convert..", ROOT + ".cli..");

    @ArchTest
    static final ArchRule engineKnowsNoCommandLine = noClasses().that().resideInAPackage(ROOT + ".convert..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..");

    @ArchTest
    static final ArchRule picocliOnlyInTheCommandLine = noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule citeprocOnlyInTheCitationAdapter = noClasses().that().resideOutsideOfPackage(ROOT + ".cite..")
            .should().dependOnClassesThat().resideInAPackage("de.undercouch..");

    /**
     * Jackson where JSON is parsed (the hardened factory, Solr JSON, MARC-in-JSON, CSL-JSON) or
     * written (CSL-JSON), and where XML is written (jackson-dataformat-xml behind the shared XML output).
     */
    @ArchTest
    static final ArchRule jacksonOnlyWhereJsonIsParsedOrWritten = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".read.limits..", ROOT + ".read.solr..", ROOT + ".read.marc..",
                    ROOT + ".read.csljson..", ROOT + ".write.csljson..", ROOT + ".write.xml..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    /** Woodstox only behind the hardened XML factory; every other class sees plain StAX. */
    @ArchTest
    static final ArchRule woodstoxOnlyInTheHardenedFactory = noClasses().that().resideOutsideOfPackage(ROOT + ".read.limits..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ctc.wstx..", "org.codehaus.stax2..");

    @ArchTest
    static final ArchRule commonsCsvOnlyInTheCsvWriter = noClasses().that().resideOutsideOfPackage(ROOT + ".write.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");
}
