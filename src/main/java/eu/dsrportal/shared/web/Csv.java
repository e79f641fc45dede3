package eu.dsrportal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** CSV downloads opened in spreadsheets: UTF-8 with a byte order mark, semicolons, quoted text. */
public final class Csv {
  private Csv() {}

  /** Sets the download headers and writes the byte order mark; the caller writes the lines. */
  public static PrintWriter start(HttpServletResponse response, String fileName)
      throws IOException {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter out = response.getWriter();
    out.write('\uFEFF');
    return out;
  }

  /** Quotes a text field, and defuses spreadsheet formulas (CSV injection). */
  public static String text(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
