package eu.dsrportal.testing;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the integration test classes grouped by the server they need: the shared configurations in
 * their order (each group by name), then the in-container classes, which Arquillian deploys to a
 * server of their own once the shared ones are stopped. Remembers which configurations the run
 * needs, so that {@link PortalServer} can start the later ones while the first are tested.
 */
public class ByPortal implements ClassOrderer {
  private static final Set<PortalConfig> CONFIGURATIONS =
      Collections.synchronizedSet(EnumSet.noneOf(PortalConfig.class));

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .forEach(
            c ->
                c.findAnnotation(SharedPortal.class)
                    .ifPresent(
                        s -> {
                          CONFIGURATIONS.add(s.value());
                          CONFIGURATIONS.addAll(java.util.List.of(s.alongside()));
                        }));
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(ByPortal::group)
                .thenComparing(c -> c.getTestClass().getName()));
  }

  /** The shared configurations the classes of this run need, in their order. */
  static List<PortalConfig> configurationsOfThisRun() {
    synchronized (CONFIGURATIONS) {
      return List.copyOf(CONFIGURATIONS);
    }
  }

  private static int group(ClassDescriptor descriptor) {
    return descriptor
        .findAnnotation(SharedPortal.class)
        .map(shared -> shared.value().ordinal())
        .orElse(PortalConfig.values().length);
  }
}
