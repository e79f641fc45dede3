package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of stored files (a request's attachments, an inquiry's answer files), in a directory
 * outside the application ({@code attachments.dir}, never served by the web server), each under a
 * random key; names, types and who may read them live in the database of the context that owns
 * them.
 */
@ApplicationScoped
public class FileStore {
  private static final String KEY = "[0-9a-f]{32}";

  @Inject
  @ConfigProperty(name = "attachments.dir")
  String directory;

  /** Writes the content under a new key (whole or not at all) and returns the key. */
  public String store(byte[] content) {
    String key = UUID.randomUUID().toString().replace("-", "");
    try {
      Path dir = Files.createDirectories(Path.of(directory));
      Path partial = Files.createTempFile(dir, "upload-", ".part");
      Files.write(partial, content);
      Files.move(partial, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store an attachment in " + directory, e);
    }
  }

  public InputStream open(String key) throws IOException {
    if (key == null || !key.matches(KEY)) {
      throw new IllegalArgumentException("not a storage key");
    }
    return Files.newInputStream(Path.of(directory).resolve(key));
  }

  /** Deletes the file under the key, if it is there; true when it was. */
  public boolean delete(String key) {
    if (key == null || !key.matches(KEY)) {
      throw new IllegalArgumentException("not a storage key");
    }
    return deleteName(key);
  }

  /**
   * The names of the files last written before {@code before}: keys, and partial uploads a crash
   * left behind (for the retention job's search for orphans).
   */
  public List<String> namesWrittenBefore(Instant before) {
    Path dir = Path.of(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> lastWritten(f).isBefore(before))
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches(KEY) || n.matches("upload-.*\\.part"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  /** Deletes a file named by {@link #namesWrittenBefore}; true when it was there. */
  public boolean deleteName(String name) {
    if (name == null || !(name.matches(KEY) || name.matches("upload-.*\\.part"))) {
      throw new IllegalArgumentException("not a stored file's name");
    }
    try {
      return Files.deleteIfExists(Path.of(directory).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete a stored file in " + directory, e);
    }
  }

  private static Instant lastWritten(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX;
    }
  }
}
