package eu.dsrportal.retention.infrastructure;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything of a customer as a ZIP, streamed: one JSON file per table ({@code data/<table>.json},
 * an array of rows with every column but secrets, times in UTC), and the stored files under {@code
 * files/<table>/<row id>-<name>}. A {@code manifest.json} lists the tables and row counts, the
 * files and any file that was missing from the store. Columns are written by their database names,
 * so the export reads with the schema's documentation.
 */
public final class CustomerExport {
  /** Never exported: hashes and secrets of logins, links and tokens. */
  private static final Set<String> SECRET_COLUMNS =
      Set.of(
          "password_hash",
          "totp_secret",
          "totp_last_step",
          "verification_token_hash",
          "status_token_hash",
          "token_hash",
          "submission_key",
          "session_epoch");

  private final Connection connection;
  private final ZipOutputStream zip;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Function<String, InputStream> store;

  /**
   * @param store opens a stored file by its key; throws {@link IOException} wrapped in {@link
   *     UncheckedIOException} when it is missing
   */
  public CustomerExport(
      Connection connection, OutputStream out, Function<String, InputStream> store) {
    this.connection = connection;
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.store = store;
  }

  /** Writes the rows of {@code SELECT * FROM table WHERE <where>} ({@code :ids} filled in). */
  public CustomerExport table(String name, String where, Collection<Long> ids) throws IOException {
    String sql =
        "SELECT * FROM "
            + name
            + " WHERE "
            + where.replace(
                ":ids",
                ids.isEmpty()
                    ? "NULL"
                    : ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
            + " ORDER BY 1";
    zip.putNextEntry(new ZipEntry("data/" + name + ".json"));
    JsonGenerator json = Json.createGenerator(new NonClosing(zip));
    int rows = 0;
    json.writeStartArray();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        json.writeStartObject();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
          if (!SECRET_COLUMNS.contains(column)) {
            write(json, column, result.getObject(c));
          }
        }
        json.writeEnd();
        rows++;
      }
    } catch (SQLException e) {
      throw new IOException("cannot export " + name, e);
    }
    json.writeEnd();
    json.flush();
    zip.closeEntry();
    counts.put(name, rows);
    return this;
  }

  /**
   * Adds the stored files of a file table ({@code id, file_name, storage_key} columns) under {@code
   * files/<table>/}.
   */
  public CustomerExport files(String table, String where, Collection<Long> ids) throws IOException {
    if (ids.isEmpty()) {
      return this;
    }
    String sql =
        "SELECT id, file_name, storage_key FROM "
            + table
            + " WHERE "
            + where.replace(
                ":ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
            + " ORDER BY id";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        String path =
            "files/"
                + table
                + "/"
                + result.getLong(1)
                + "-"
                + result.getString(2).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        try (InputStream in = store.apply(result.getString(3))) {
          zip.putNextEntry(new ZipEntry(path));
          in.transferTo(zip);
          zip.closeEntry();
          files.put(path, "included");
        } catch (UncheckedIOException | IOException missing) {
          files.put(path, "missing from the file store");
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot export the files of " + table, e);
    }
    return this;
  }

  /** Writes the manifest and ends the ZIP (the stream underneath stays open). */
  public void finish(String customerName, String exportedAt) throws IOException {
    zip.putNextEntry(new ZipEntry("manifest.json"));
    JsonGenerator json = Json.createGenerator(new NonClosing(zip));
    json.writeStartObject()
        .write("customer", customerName)
        .write("exportedAt", exportedAt)
        .writeStartObject("tables");
    counts.forEach(json::write);
    json.writeEnd().writeStartObject("files");
    files.forEach(json::write);
    json.writeEnd().writeEnd();
    json.flush();
    zip.closeEntry();
    zip.finish();
  }

  public Map<String, Integer> counts() {
    return counts;
  }

  public int fileCount() {
    return (int) files.values().stream().filter("included"::equals).count();
  }

  private static void write(JsonGenerator json, String column, Object value) {
    if (value == null) {
      json.writeNull(column);
    } else if (value instanceof Boolean b) {
      json.write(column, b);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      json.write(column, ((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      json.write(column, d);
    } else if (value instanceof Timestamp t) {
      json.write(column, t.toLocalDateTime().atOffset(ZoneOffset.UTC).toInstant().toString());
    } else if (value instanceof java.time.LocalDateTime t) {
      json.write(column, t.atOffset(ZoneOffset.UTC).toInstant().toString());
    } else if (value instanceof byte[] bytes) {
      json.write(column, java.util.Base64.getEncoder().encodeToString(bytes));
    } else {
      json.write(column, value.toString());
    }
  }

  /** The JSON generator closes its stream when done; the ZIP must stay open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
