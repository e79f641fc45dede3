package eu.dsrportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

  @Test
  void filesAreToldByTheirFirstBytesNotByTheirName() {
    assertThat(FileType.of("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)))
        .hasValue(FileType.PDF);
    assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
        .hasValue(FileType.PNG);
    assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .hasValue(FileType.JPEG);
    assertThat(FileType.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileType.of(new byte[0])).isEmpty();
    assertThat(FileType.of(null)).isEmpty();
  }
}
