package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A CSV download in one of two variants. <b>Excel</b>: what a spreadsheet set to the user's
 * language opens right by double-click — semicolons (Excel in nl/fr/de expects them), decimals with
 * the locale's separator, a UTF-8 byte order mark (else accents break), headers in the user's
 * language. <b>Plain</b> (RFC 4180), for programs: commas, decimal points, no byte order mark,
 * fixed English header names. Both quote text and defuse spreadsheet formulas, and end lines with
 * CRLF.
 */
public final class Csv {
  /** The request parameter that asks for the plain variant ({@code format=plain}). */
  public static final String FORMAT = "format";

  public static final String PLAIN = "plain";

  private final Language language;
  private final char separator;
  private final char decimalSeparator;

  private Csv(Language language, char separator, char decimalSeparator) {
    this.language = language;
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
  }

  /** For a spreadsheet in the user's language; {@code formatting} gives the decimal separator. */
  public static Csv excel(Language language, Locale formatting) {
    return new Csv(
        language, ';', DecimalFormatSymbols.getInstance(formatting).getDecimalSeparator());
  }

  /** RFC 4180, for programs. */
  public static Csv plain() {
    return new Csv(null, ',', '.');
  }

  /** The variant a download link asks for: plain with {@code format=plain}, else Excel. */
  public static Csv of(HttpServletRequest request) {
    return PLAIN.equals(request.getParameter(FORMAT))
        ? plain()
        : excel(UserLocale.language(request), UserLocale.formatting(request));
  }

  public boolean isExcel() {
    return language != null;
  }

  /** Whether the file starts with a byte order mark. */
  public boolean hasByteOrderMark() {
    return isExcel();
  }

  /** A column header: its label in the user's language (Excel), or its fixed name (plain). */
  public String header(String name, String labelKey, Object... args) {
    return isExcel() ? text(Texts.get(language, labelKey, args)) : name;
  }

  /** A decimal as written, with this variant's decimal separator and no grouping. */
  public String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', decimalSeparator);
  }

  /** One line: the cells joined by the separator, ended by CRLF. */
  public String line(String... cells) {
    return Arrays.stream(cells).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
  }

  /** The file name, marked for the Excel variant so both can sit in one folder. */
  public String fileName(String base) {
    return base + (isExcel() ? "-excel" : "") + ".csv";
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
