package org.learnpath.assessment.service.lint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules are plain Java: only the two adapters (settings from configuration, items from entities, transactions)
 * know a framework, so the rules run the same in a unit test, in the service and over a bank read from anywhere.
 */
class PlainJavaRulesTest {

    @Test
    void onlyTheAdaptersKnowAFrameworkOrAnEntity() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.learnpath.assessment.service.lint");
        noClasses().that().resideInAPackage("org.learnpath.assessment.service.lint")
                .and().haveNameNotMatching(".*\\.(ItemLinting|LintReports)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                        "org.hibernate..", "com.fasterxml..", "org.learnpath.assessment.config..",
                        "org.learnpath.assessment.repository..", "org.learnpath.rest..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.learnpath.assessment.model.Item")
                .because("the lint rules take plain values (LintItem, LintSettings); adapters do the rest")
                .check(classes);
    }
}
