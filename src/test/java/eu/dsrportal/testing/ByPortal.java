package eu.dsrportal.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the integration test classes grouped by the server they need, so that each shared server
 * starts once: first the in-container classes (Arquillian deploys those itself), then the shared
 * configurations in their order, each group by name.
 */
public class ByPortal implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(ByPortal::group)
                .thenComparing(c -> c.getTestClass().getName()));
  }

  private static int group(ClassDescriptor descriptor) {
    return descriptor
        .findAnnotation(SharedPortal.class)
        .map(shared -> 1 + shared.value().ordinal())
        .orElse(0);
  }
}
