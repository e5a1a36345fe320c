package org.selaras.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package map of README ("Packages") as rules: arrows point inward. Cores are plain Java; every other
 * package imports only packages of a lower rank; services never touch the HTTP edge.
 */
class ArchitectureTest {

    /** Pure Java, no framework: the linguistic core and the exchange formats. */
    static final List<String> CORES = List.of("org.selaras.error", "org.selaras.text", "org.selaras.segment",
            "org.selaras.glossary", "org.selaras.tags", "org.selaras.formats", "org.selaras.terms", "org.selaras.qa", "org.selaras.memory", "org.selaras.mt", "org.selaras.align",
            "org.selaras.exchange");

    /**
     * Ranks, lowest first: a class may use classes of its own package or of a lower rank. Cores come first
     * (their own order: text before the matchers, qa after the glossary, align after qa).
     */
    static final List<List<String>> RANKS = List.of(
            List.of("org.selaras.error", "org.selaras.text"),
            List.of("org.selaras.segment", "org.selaras.glossary", "org.selaras.tags"),
            List.of("org.selaras.qa", "org.selaras.terms", "org.selaras.memory", "org.selaras.mt", "org.selaras.exchange",
                    "org.selaras.formats"),
            List.of("org.selaras.align"),
            List.of("org.selaras.SelarasConfig", "org.selaras.AppFolders", "org.selaras.ImportTransaction", "org.selaras.H2Opener"),
            List.of("org.selaras.security"),
            List.of("org.selaras.jobs"),
            List.of("org.selaras.http"),
            List.of("org.selaras.document"),
            List.of("org.selaras.glossary.server"),
            List.of("org.selaras.qa.server"),
            List.of("org.selaras.translation"),
            List.of("org.selaras.memory.server"),
            List.of("org.selaras.align.server", "org.selaras.mt.server", "org.selaras.exchange.server",
                    "org.selaras.terms.server", "org.selaras.formats.server", "org.selaras.desk"),
            List.of("org.selaras.web"),
            List.of("org.selaras.Startup", "org.selaras.FirstStart"));

    static JavaClasses main;

    @BeforeAll
    static void load() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.selaras");
    }

    /** Rank of a class: its package's, or for the root package its own; -1 outside the map. */
    static int rank(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        String top = dollar < 0 ? name : name.substring(0, dollar);
        for (int i = 0; i < RANKS.size(); i++) {
            for (String p : RANKS.get(i)) {
                if (top.equals(p) || c.getPackageName().equals(p)) return i;
            }
        }
        return -1;
    }

    @Test
    void coresImportNoFramework() {
        noClasses().that().resideInAnyPackage(CORES.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                        "org.hibernate..", "org.eclipse.microprofile..", "org.jboss..", "io.vertx..", "io.smallrye..")
                .because("the linguistic core and the formats are plain Java, testable and benchmarkable alone")
                .check(main);
    }

    @Test
    void everyPackageIsOnTheMap() {
        classes().should(new ArchCondition<>("be in a package of the map") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (rank(c) < 0) events.add(SimpleConditionEvent.violated(c, c.getName() + " is in no rank of "
                        + "ArchitectureTest.RANKS (add its package there and to README's package map)"));
            }
        }).check(main);
    }

    @Test
    void arrowsPointInward() {
        classes().should(new ArchCondition<>("use only its own package or lower ranks") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                int own = rank(c);
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    if (!target.getPackageName().startsWith("org.selaras")
                            || target.getPackageName().equals(c.getPackageName()) && own >= 0) return;
                    int other = rank(target);
                    if (other > own) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (rank " + own + " → "
                                + other + ")"));
                    }
                });
            }
        }).check(main);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.selaras.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void servicesNeverTouchTheHttpEdge() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("org.selaras.http..", "jakarta.ws.rs..")
                .because("services throw domain exceptions (org.selaras.error); resources and the mapper speak HTTP")
                .check(main);
    }
}
