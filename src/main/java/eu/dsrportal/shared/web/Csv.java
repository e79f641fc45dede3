package eu.dsrportal.shared.web;

/** CSV fields for downloads opened in spreadsheets. */
public final class Csv {
  private Csv() {}

  /** Quotes a text field, and defuses spreadsheet formulas (CSV injection). */
  public static String text(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
