package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.shared.domain.FileType;
import eu.dsrportal.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

  @Test
  void storedNamesLoseTheirPathAndControlCharactersAndGetTheExtensionOfTheirType() {
    assertThat(named("C:\\\\scans\\\\letter.PDF", FileType.PDF)).isEqualTo("letter.pdf");
    assertThat(named("../../etc/passwd", FileType.PNG)).isEqualTo("passwd.png");
    assertThat(named("a\"b\r\nc.exe", FileType.JPEG)).isEqualTo("abc.jpg");
    assertThat(named("scan\u202Efdp\u200B\u0085.png", FileType.PNG))
        .as("invisible and direction-changing characters (issue 9)")
        .isEqualTo("scanfdp.png");
    assertThat(named("", FileType.PDF)).isEqualTo("attachment.pdf");
    assertThat(named("x".repeat(500), FileType.PDF)).hasSize(200);
  }

  private static String named(String name, FileType type) {
    Instant now = Instant.parse("2026-12-05T10:00:00Z");
    return new Attachment(
            Fixtures.request(DataSubjectRight.ACCESS, now),
            name,
            type,
            1,
            "key",
            "sha",
            "support",
            now)
        .getFileName();
  }
}
