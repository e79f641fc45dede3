package eu.dsrportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import org.junit.jupiter.api.Test;

/**
 * One clock: nothing asks the system for the time but the clock producer, and nothing takes a date
 * from the UTC clock itself (that gives UTC's date, not the provider's): dates come from {@code
 * ProviderTime}.
 */
class OneClockTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.dsrportal");

  @Test
  void noDateOrTimeIsTakenFromAnythingButTheProvidersTime() {
    noClasses()
        .that()
        .doNotHaveSimpleName("ClockProducer")
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "now() of java.time, Clock.system*() or System.currentTimeMillis()",
                (JavaCall<?> call) -> {
                  String name = call.getTarget().getName();
                  var owner = call.getTarget().getOwner();
                  return (name.equals("now") && owner.isAssignableTo(TemporalAccessor.class))
                      || (name.equals("now") && owner.isAssignableTo(Temporal.class))
                      || (name.startsWith("system") && owner.isAssignableTo(Clock.class))
                      || (name.equals("currentTimeMillis") && owner.isEquivalentTo(System.class));
                }))
        .because("\"today\" is the provider's: ProviderTime, on the one injected clock")
        .check(MAIN);
  }
}
