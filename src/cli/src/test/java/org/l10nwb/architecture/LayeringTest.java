package org.l10nwb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture, checked on the compiled application (every module's main classes, as the
 * command line puts them together): a plain-Java core that adapters depend on and that depends
 * on none of them, language modules that know only the language API, and no package cycle
 * anywhere. A new outward arrow or cycle fails this test with the classes that make it.
 */
class LayeringTest {
    private static JavaClasses app;

    @BeforeAll
    static void importTheApplication() {
        // Test classes reach this class path twice: this module's folder, and the core's test jar.
        ImportOption mainOnly = location -> !location.contains("-tests.jar") && !location.contains("/test-classes/");
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(mainOnly).importPackages("org.l10nwb");
        assertTrue(app.contain("org.l10nwb.core.session.TranslationSession"), "the core is on the class path");
        assertTrue(app.contain("org.l10nwb.lang.ru.Russian"), "a language module is on the class path");
        assertTrue(app.contain("org.l10nwb.memory.lucene.LuceneMemoryIndex"), "the Lucene adapter is there");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.l10nwb.(**)").should().beFreeOfCycles().check(app);
    }

    @Test
    void theCoreUsesNoAdapterAndNoFramework() {
        noClasses().that().resideInAPackage("org.l10nwb.core..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "net.sf.okapi..", "org.apache.lucene..", "org.jline..",
                        "org.thymeleaf..", "org.l10nwb.cli..", "org.l10nwb.okapi..", "org.l10nwb.memory..",
                        "org.l10nwb.spelling..", "org.l10nwb.review..", "org.l10nwb.lang.en..", "org.l10nwb.lang.ru..", "org.l10nwb.lang.ka..",
                        "org.l10nwb.lang.az..")
                .because("the core is plain Java; adapters depend on it, never the other way").check(app);
    }

    @Test
    void theLanguageApiNeedsNothingButJava() {
        classes().that().resideInAPackage("org.l10nwb.lang").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.l10nwb.lang").check(app);
    }

    @Test
    void languageModulesKnowOnlyTheLanguageApi() {
        classes().that().resideInAPackage("org.l10nwb.lang.(*)..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.l10nwb.lang..", "com.ibm.icu..")
                .because("a language module compiles against the language API, not against glossary or project code")
                .check(app);
    }

    @Test
    void adaptersDoNotKnowEachOtherNorTheCommandLine() {
        for (String adapter : new String[] {"org.l10nwb.okapi..", "org.l10nwb.memory..", "org.l10nwb.spelling..",
                "org.l10nwb.review.."}) {
            noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat()
                    .resideInAnyPackage("org.l10nwb.cli..", "org.springframework..", "org.jline..").check(app);
        }
        noClasses().that().resideInAPackage("org.l10nwb.okapi..").should().dependOnClassesThat()
                .resideInAnyPackage("org.l10nwb.memory..", "org.l10nwb.review..", "org.apache.lucene..").check(app);
        noClasses().that().resideInAPackage("org.l10nwb.memory..").should().dependOnClassesThat()
                .resideInAnyPackage("org.l10nwb.okapi..", "org.l10nwb.review..", "net.sf.okapi..").check(app);
        noClasses().that().resideInAPackage("org.l10nwb.review..").should().dependOnClassesThat()
                .resideInAnyPackage("org.l10nwb.okapi..", "org.l10nwb.memory..", "net.sf.okapi..").check(app);
    }
}
