package eu.dsrportal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run by the build before the integration tests: are Debian's Chromium and ChromeDriver there?
 * Debian's packages install {@code /usr/bin/chromedriver} as a symbolic link, and maven-enforcer's
 * {@code requireFilesExist} refuses any link (it compares a path with its canonical path), so the
 * check is ours: it follows links, as the shell and Selenium do.
 */
public final class BrowserCheck {
  private BrowserCheck() {}

  /** What is missing, with the install hint; empty when both programs can be run. */
  public static Optional<String> problem(Path chromium, Path chromedriver) {
    List<Path> missing =
        List.of(chromium, chromedriver).stream().filter(path -> !Files.isExecutable(path)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Missing or not executable: " + missing + ". " + Browser.INSTALL_HINT);
  }

  /** The build's entry point: fails the build with the hint when a program is missing. */
  public static void main(String[] args) {
    Optional<String> problem =
        problem(Path.of(Browser.CHROMIUM_DEFAULT), Path.of(Browser.CHROMEDRIVER_DEFAULT));
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
  }
}
