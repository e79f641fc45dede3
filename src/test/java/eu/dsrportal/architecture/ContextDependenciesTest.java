package eu.dsrportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import eu.dsrportal.intake.domain.CloseReason;
import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contexts and the arrows allowed between them, as drawn in docs/architecture.md. Read from the
 * compiled main classes, so a fully qualified name counts as much as an import.
 */
class ContextDependenciesTest {
  private static final String BASE = "eu.dsrportal";

  /**
   * What each context may use besides itself. {@code shared} is the kernel every context may use,
   * in every layer; {@code demo} sits on top and may use everything.
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("shared", Set.of()),
          Map.entry("audit", Set.of("shared")),
          Map.entry("mail", Set.of("shared")),
          Map.entry("customer", Set.of("audit", "shared")),
          Map.entry("identity", Set.of("customer", "audit", "shared")),
          Map.entry("intake", Set.of("mail", "audit", "shared")),
          Map.entry("routing", Set.of("intake", "customer", "identity", "mail", "audit", "shared")),
          Map.entry(
              "assistance",
              Set.of("routing", "intake", "customer", "identity", "mail", "audit", "shared")),
          Map.entry(
              "billing",
              Set.of(
                  "assistance",
                  "routing",
                  "intake",
                  "customer",
                  "identity",
                  "mail",
                  "audit",
                  "shared")),
          Map.entry("inquiry", Set.of("customer", "identity", "mail", "audit", "shared")),
          Map.entry("breach", Set.of("customer", "identity", "mail", "audit", "shared")),
          Map.entry(
              "retention",
              Set.of(
                  "billing",
                  "assistance",
                  "routing",
                  "intake",
                  "customer",
                  "inquiry",
                  "breach",
                  "identity",
                  "mail",
                  "audit",
                  "shared")),
          Map.entry(
              "digest",
              Set.of("routing", "intake", "customer", "identity", "mail", "audit", "shared")));

  private static final List<String> OUTER_LAYERS = List.of("web", "rest", "infrastructure");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void everyContextIsKnown() {
    Set<String> found =
        MAIN.stream()
            .map(c -> c.getPackageName())
            .filter(p -> p.startsWith(BASE + "."))
            .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> known = new TreeSet<>(ALLOWED.keySet());
    known.add("demo");
    assertThat(found).isEqualTo(known);
  }

  @Test
  void noCycleBetweenContexts() {
    contextsFreeOfCycles(BASE).check(MAIN);
  }

  @Test
  void theCycleRuleCatchesACycle() {
    JavaClasses withCycle = new ClassFileImporter().importPackages(BASE + ".architecture.fixture");

    assertThatThrownBy(() -> contextsFreeOfCycles(BASE + ".architecture.fixture").check(withCycle))
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("first")
        .hasMessageContaining("second");
  }

  @Test
  void eachContextUsesOnlyTheContextsItMay() {
    ALLOWED.forEach(
        (context, allowed) -> {
          Set<String> forbidden = new LinkedHashSet<>(ALLOWED.keySet());
          forbidden.add("demo");
          forbidden.remove(context);
          forbidden.removeAll(allowed);
          if (forbidden.isEmpty()) {
            return;
          }
          noClasses()
              .that()
              .resideInAPackage(BASE + "." + context + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  forbidden.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new))
              .because("docs/architecture.md allows " + context + " to use only " + allowed)
              .check(MAIN);
        });
  }

  @Test
  void noContextReachesIntoAnothersWebRestOrInfrastructure() {
    for (String context : ALLOWED.keySet()) {
      if (context.equals("shared")) {
        continue; // the kernel's web and infrastructure helpers are there to be shared
      }
      String[] outer =
          OUTER_LAYERS.stream()
              .map(l -> BASE + "." + context + "." + l + "..")
              .toArray(String[]::new);
      ArchRule rule =
          noClasses()
              .that()
              .resideOutsideOfPackages(BASE + "." + context + "..", BASE + ".demo..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(outer)
              .because("other contexts use " + context + " through its domain and application");
      rule.check(MAIN);
    }
  }

  @Test
  void onlyIntakeMovesARequestsStatus() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".intake..")
        .should()
        .callMethod(Request.class, "followRouting", RequestStatus.class)
        .orShould()
        .callMethod(Request.class, "close", CloseReason.class, String.class, Instant.class)
        .because(
            "the request's status has one owner: routing tells it by a RoutingProgressed event")
        .check(MAIN);
  }

  private static ArchRule contextsFreeOfCycles(String base) {
    return slices().matching(base + ".(*)..").should().beFreeOfCycles();
  }
}
