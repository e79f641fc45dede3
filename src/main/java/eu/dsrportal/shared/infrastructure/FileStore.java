package eu.dsrportal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
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
}
