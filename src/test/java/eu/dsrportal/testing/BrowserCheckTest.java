package eu.dsrportal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserCheckTest {
  @TempDir Path dir;

  @Test
  void aDriverInstalledAsASymbolicLinkPasses() throws IOException {
    Path chromium = executable(dir.resolve("chromium"));
    Path real = executable(dir.resolve("lib/chromium/chromedriver"));
    Path link =
        Files.createSymbolicLink(dir.resolve("chromedriver"), Path.of("lib/chromium/chromedriver"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).exists();
    assertThat(BrowserCheck.problem(chromium, link)).isEmpty();
  }

  @Test
  void aMissingDriverFailsWithTheInstallHint() throws IOException {
    Path chromium = executable(dir.resolve("chromium"));

    assertThat(BrowserCheck.problem(chromium, dir.resolve("chromedriver")))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains("chromedriver")
                    .contains("apt-get install -y chromium chromium-driver"));
  }

  @Test
  void aLinkToNothingFails() throws IOException {
    Path chromium = executable(dir.resolve("chromium"));
    Path dangling = Files.createSymbolicLink(dir.resolve("chromedriver"), dir.resolve("gone"));

    assertThat(BrowserCheck.problem(chromium, dangling)).isPresent();
  }

  private static Path executable(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, "#!/bin/sh\n");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }
}
