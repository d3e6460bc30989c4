package vn.motcua.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The deadline and lifecycle rules stay plain Java: testable with a table, portable, free of framework. */
class DomainPurityTest {
    @Test
    void theDomainPackageImportsNoFramework() {
        noClasses().that().resideInAPackage("vn.motcua.dossier.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "com.fasterxml..",
                        "org.eclipse.microprofile..", "vn.motcua.platform..", "vn.motcua.dossier.repository..",
                        "vn.motcua.dossier.service..", "vn.motcua.dossier.rest..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.motcua.dossier"));
    }
}
