package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text exists in every language, and texts with placeholders escape their apostrophes. */
class BundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest
  @CsvSource({
    "i18n/messages, nl",
    "i18n/messages, fr",
    "i18n/messages, de",
    "ValidationMessages, nl",
    "ValidationMessages, fr",
    "ValidationMessages, de"
  })
  void everyLanguageHasEveryText(String bundle, String language) throws IOException {
    Properties base = load(bundle + ".properties");
    Properties translated = load(bundle + "_" + language + ".properties");
    assertThat(translated.stringPropertyNames())
        .as("keys of %s_%s", bundle, language)
        .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
  }

  @ParameterizedTest
  @CsvSource({"''", "_nl", "_fr", "_de"})
  void textsWithPlaceholdersDoubleTheirApostrophes(String suffix) throws IOException {
    Properties texts = load("i18n/messages" + suffix + ".properties");
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      if (PLACEHOLDER.matcher(text).find()) {
        assertThat(SINGLE_APOSTROPHE.matcher(text).find()).as(key + " = " + text).isFalse();
      } else {
        assertThat(text)
            .as(key + " has no placeholder, so a single apostrophe")
            .doesNotContain("''");
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
