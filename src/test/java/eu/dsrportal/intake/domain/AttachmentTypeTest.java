package eu.dsrportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

  @Test
  void filesAreToldByTheirFirstBytesNotByTheirName() {
    assertThat(AttachmentType.of("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)))
        .hasValue(AttachmentType.PDF);
    assertThat(
            AttachmentType.of(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
        .hasValue(AttachmentType.PNG);
    assertThat(AttachmentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .hasValue(AttachmentType.JPEG);
    assertThat(AttachmentType.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(AttachmentType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(AttachmentType.of(new byte[0])).isEmpty();
    assertThat(AttachmentType.of(null)).isEmpty();
  }

  @Test
  void storedNamesLoseTheirPathAndControlCharactersAndGetTheExtensionOfTheirType() {
    assertThat(Attachment.safeName("C:\\\\scans\\\\letter.PDF", AttachmentType.PDF))
        .isEqualTo("letter.pdf");
    assertThat(Attachment.safeName("../../etc/passwd", AttachmentType.PNG)).isEqualTo("passwd.png");
    assertThat(Attachment.safeName("a\"b\r\nc.exe", AttachmentType.JPEG)).isEqualTo("abc.jpg");
    assertThat(Attachment.safeName("scan\u202Efdp\u200B\u0085.png", AttachmentType.PNG))
        .as("invisible and direction-changing characters (issue 9)")
        .isEqualTo("scanfdp.png");
    assertThat(Attachment.safeName("", AttachmentType.PDF)).isEqualTo("attachment.pdf");
    assertThat(Attachment.safeName("x".repeat(500), AttachmentType.PDF)).hasSize(200);
  }
}
