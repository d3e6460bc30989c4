package vn.motcua.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The package layout of a service (docs/STYLE.md), checked the same way in every service. Each service has
 * one test that returns {@code LayerRules.of("vn.motcua.<service>")} from a {@code @TestFactory}, so a failure
 * names the rule broken and every offending dependency.
 *
 * <p>The layers and what each may use:
 * <ul>
 *   <li>{@code domain}: plain Java and the published language ({@code vn.motcua.events}); no framework, no
 *       platform infrastructure, no other layer of the service. A rule there is a pure function, testable
 *       with a table.</li>
 *   <li>{@code service}: use cases. It uses domain and repository, and takes and returns its own records
 *       (or domain values): never a REST type, so an import job or a consumer calls it as the resource does.</li>
 *   <li>{@code rest}: maps HTTP to use cases and back. It may use {@code service} (the use cases, their input
 *       and result records), {@code domain} values and the events' value types for its own request/response
 *       records, and platform web/problem/security helpers. It never touches persistence: no entity, no
 *       Panache, no JPA or Hibernate type (not even an exception to catch: a constraint race is a use case's
 *       concern, answered as a problem the resource only passes on).</li>
 *   <li>{@code messaging}: consumers of other services' events; it calls use cases, never a REST type.</li>
 * </ul>
 */
public final class LayerRules {
    /** Frameworks the domain stays free of; {@code vn.motcua.platform} is infrastructure too. */
    static final String[] FRAMEWORKS = {"jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
            "com.fasterxml..", "org.eclipse.microprofile..", "io.vertx..", "org.jboss..", "vn.motcua.platform.."};

    private LayerRules() {
    }

    /** Every rule for the service whose classes live under {@code root} (e.g. {@code vn.motcua.dossier}). */
    public static Stream<DynamicTest> of(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        return rules(root).entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(classes)));
    }

    static Map<String, ArchRule> rules(String root) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain imports no framework and no other layer", noClasses()
                .that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(FRAMEWORKS,
                        root + ".repository..", root + ".service..", root + ".rest..", root + ".messaging.."))
                .because("the rules of the domain are plain Java: testable with a table, portable")
                .allowEmptyShould(true));
        rules.put("service does not import rest", noClasses()
                .that().resideInAPackage(root + ".service..")
                .should().dependOnClassesThat().resideInAPackage(root + ".rest..")
                .because("use cases take their own input records, so callers other than REST can use them")
                .allowEmptyShould(true));
        rules.put("rest does not touch persistence", noClasses()
                .that().resideInAPackage(root + ".rest..")
                .should().dependOnClassesThat(persistence(root))
                .because("rest maps and validates; entities and their failures stay behind the use cases")
                .allowEmptyShould(true));
        rules.put("messaging does not import rest", noClasses()
                .that().resideInAPackage(root + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(root + ".rest..")
                .because("a consumer calls the use cases, as the resources do")
                .allowEmptyShould(true));
        return rules;
    }

    /** The service's repository, Panache, JPA and Hibernate ORM; Hibernate Validator's constraints are fine. */
    static DescribedPredicate<JavaClass> persistence(String root) {
        return resideInAnyPackage(root + ".repository..", "io.quarkus.hibernate.orm..", "io.quarkus.panache..",
                "jakarta.persistence..")
                .or(resideInAPackage("org.hibernate..").and(not(resideInAPackage("org.hibernate.validator.."))))
                .as("reside in persistence (the service's repository, Panache, JPA, Hibernate ORM)");
    }

    private static String[] concat(String[] head, String... tail) {
        return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
    }
}
