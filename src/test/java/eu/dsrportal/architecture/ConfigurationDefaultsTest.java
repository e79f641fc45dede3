package eu.dsrportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Configuration defaults are written in one place, {@code META-INF/microprofile-config.properties}:
 * no {@code defaultValue} on an injection point, and every setting that is not optional has its
 * default there.
 */
class ConfigurationDefaultsTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.dsrportal");

  private static List<JavaField> settings() {
    return MAIN.stream()
        .flatMap(c -> c.getFields().stream())
        .filter(f -> f.isAnnotatedWith(ConfigProperty.class))
        .toList();
  }

  @Test
  void noInjectionPointCarriesItsOwnDefault() {
    assertThat(settings()).isNotEmpty();
    assertThat(settings())
        .filteredOn(
            f ->
                !f.getAnnotationOfType(ConfigProperty.class)
                    .defaultValue()
                    .equals(ConfigProperty.UNCONFIGURED_VALUE))
        .as("settings with a defaultValue in code")
        .isEmpty();
  }

  @Test
  void everySettingThatIsNotOptionalHasItsDefaultInTheFile() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    assertThat(settings())
        .filteredOn(f -> !f.getRawType().isEquivalentTo(Optional.class))
        .extracting(f -> f.getAnnotationOfType(ConfigProperty.class).name())
        .allSatisfy(name -> assertThat(defaults).as("default of " + name).containsKey(name));
  }
}
