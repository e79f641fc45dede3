package eu.dsrportal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every action the trail records has a name in every language. */
class AuditActionTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "_nl", "_fr", "_de"})
  void everyActionHasALabel(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("i18n/messages" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (AuditAction action : AuditAction.values()) {
      assertThat(texts.getProperty(action.messageKey())).as(action.messageKey()).isNotBlank();
    }
    assertThat(texts.getProperty("audit.anonymous")).isNotBlank();
  }
}
