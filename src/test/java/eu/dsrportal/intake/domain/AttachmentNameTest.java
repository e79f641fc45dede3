package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.FileType;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

  @Test
  void storedNamesLoseTheirPathAndControlCharactersAndGetTheExtensionOfTheirType() {
    assertThat(Attachment.safeName("C:\\\\scans\\\\letter.PDF", FileType.PDF))
        .isEqualTo("letter.pdf");
    assertThat(Attachment.safeName("../../etc/passwd", FileType.PNG)).isEqualTo("passwd.png");
    assertThat(Attachment.safeName("a\"b\r\nc.exe", FileType.JPEG)).isEqualTo("abc.jpg");
    assertThat(Attachment.safeName("scan\u202Efdp\u200B\u0085.png", FileType.PNG))
        .as("invisible and direction-changing characters (issue 9)")
        .isEqualTo("scanfdp.png");
    assertThat(Attachment.safeName("", FileType.PDF)).isEqualTo("attachment.pdf");
    assertThat(Attachment.safeName("x".repeat(500), FileType.PDF)).hasSize(200);
  }
}
