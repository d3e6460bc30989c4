package vn.motcua.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring rules stay plain Java: testable with a table, free of framework. */
class DomainPurityTest {
    @Test
    void theDomainPackageImportsNoFramework() {
        noClasses().that().resideInAPackage("vn.motcua.evaluation.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "com.fasterxml..",
                        "org.eclipse.microprofile..", "vn.motcua.platform..", "vn.motcua.evaluation.repository..",
                        "vn.motcua.evaluation.service..", "vn.motcua.evaluation.rest..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.motcua.evaluation"));
    }
}
