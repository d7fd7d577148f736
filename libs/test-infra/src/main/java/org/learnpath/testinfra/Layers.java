package org.learnpath.testinfra;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rule of LearnPath, in one place: every module's architecture test calls it with its base package.
 *
 * <p>A service ({@link #checkService}) is cut into layers by role, and dependencies point one way:
 * <pre>
 *   rest ──► service ──► repository ──► model
 *              ▲  │                      ▲
 *   messaging ─┘  └──────────────────────┘      config: used by every layer
 * </pre>
 * <ul>
 *   <li>{@code rest} (HTTP resources and their request and response bodies) is used by no other layer: no rest type
 *       below rest.</li>
 *   <li>{@code messaging} is an adapter like rest: it calls the service and implements the ports the service owns
 *       ("publish these events", "dead-letter this record"); no other layer uses it.</li>
 *   <li>{@code service} is used by rest and messaging only; {@code repository} by the service only.</li>
 *   <li>{@code model} (entities and domain types) is used by every layer but config and uses none of them.</li>
 *   <li>{@code config} (typed settings) may be used by all and uses none of them.</li>
 * </ul>
 * Every class lives in one of these packages, and the packages have no cycle. Only repositories and entities reach
 * the database: rest, messaging and service code uses no JDBC type (no {@code java.sql} or {@code javax.sql}: a
 * repository owns connections and SQLException) and borrows no entity's EntityManager. A library ({@link #checkLibrary}) has
 * no layers: its packages (the base package counting as one) must simply have no cycle.
 */
public final class Layers {

    static final String REST = "rest";
    static final String MESSAGING = "messaging";
    static final String SERVICE = "service";
    static final String REPOSITORY = "repository";
    static final String MODEL = "model";
    static final String CONFIG = "config";

    private Layers() {
    }

    /** Fails, listing every offending dependency, unless the service's packages follow the rule above. */
    public static void checkService(String basePackage) {
        JavaClasses classes = importMain(basePackage);
        failOn(basePackage, classes, List.of(layers(basePackage), everyClassInALayer(basePackage),
                noCycles(basePackage), databaseOnlyBelowService(basePackage)));
    }

    /** Fails, listing every cycle, if the library's packages depend on each other in a circle. */
    public static void checkLibrary(String basePackage) {
        failOn(basePackage, importMain(basePackage), List.of(noCycles(basePackage)));
    }

    static JavaClasses importMain(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    static ArchRule layers(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer(REST).definedBy(base + "." + REST + "..")
                .layer(MESSAGING).definedBy(base + "." + MESSAGING + "..")
                .layer(SERVICE).definedBy(base + "." + SERVICE + "..")
                .layer(REPOSITORY).definedBy(base + "." + REPOSITORY + "..")
                .layer(MODEL).definedBy(base + "." + MODEL + "..")
                .layer(CONFIG).definedBy(base + "." + CONFIG + "..")
                .whereLayer(REST).mayNotBeAccessedByAnyLayer()
                .whereLayer(MESSAGING).mayNotBeAccessedByAnyLayer()
                .whereLayer(SERVICE).mayOnlyBeAccessedByLayers(REST, MESSAGING)
                .whereLayer(REPOSITORY).mayOnlyBeAccessedByLayers(SERVICE)
                .whereLayer(MODEL).mayOnlyBeAccessedByLayers(REST, MESSAGING, SERVICE, REPOSITORY)
                .because("dependencies point one way: rest -> service -> (repository | model), messaging is an"
                        + " adapter calling the service, config is used by all (see docs/architecture.md)");
    }

    static ArchRule everyClassInALayer(String base) {
        return classes().should().resideInAnyPackage(base + "." + REST + "..", base + "." + MESSAGING + "..",
                base + "." + SERVICE + "..", base + "." + REPOSITORY + "..", base + "." + MODEL + "..",
                base + "." + CONFIG + "..")
                .because("a class outside the layers would escape the layer rule");
    }

    static ArchRule databaseOnlyBelowService(String base) {
        String[] above = {base + "." + REST + "..", base + "." + MESSAGING + "..", base + "." + SERVICE + ".."};
        return noClasses().that().resideInAnyPackage(above)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().callMethodWhere(target(name("getEntityManager")))
                .because("a repository (or an entity's own queries) owns connections and SQL, never the layers above it");
    }

    static ArchRule noCycles(String base) {
        return slices().assignedFrom(topLevelPackages(base)).should().beFreeOfCycles();
    }

    /** One slice per package directly under the base package (with its subpackages), and the base package itself. */
    private static SliceAssignment topLevelPackages(String base) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(base)) {
                    return SliceIdentifier.of(base);
                }
                if (!name.startsWith(base + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(base.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(base + "." + (dot < 0 ? rest : rest.substring(0, dot)));
            }

            @Override
            public String getDescription() {
                return "the packages directly under " + base;
            }
        };
    }

    private static void failOn(String base, JavaClasses classes, List<ArchRule> rules) {
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found in " + base + ": the check would pass vacuously");
        }
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }
}
