package eu.dsrportal.shared.infrastructure;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Text for the PDFs' standard fonts (Helvetica, written in Windows-1252), shared by the invoice and
 * the deletion certificate.
 */
public final class PdfText {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PdfText() {}

  /**
   * Text the standard fonts can show: the narrow no-break space of some locales' numbers becomes a
   * no-break space; a letter outside Windows-1252 loses its accents (ő → o) or else becomes "?".
   */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == 0x202F || c == 0x2007) {
                out.append('\u00A0');
              } else if (c < 0x20) {
                out.append(' ');
              } else if (encodable(c)) {
                out.appendCodePoint(c);
              } else {
                String base =
                    Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
                        .codePoints()
                        .filter(PdfText::encodable)
                        .filter(b -> Character.getType(b) != Character.NON_SPACING_MARK)
                        .collect(
                            StringBuilder::new,
                            StringBuilder::appendCodePoint,
                            StringBuilder::append)
                        .toString();
                out.append(base.isEmpty() ? "?" : base);
              }
            });
    return out.toString();
  }

  private static boolean encodable(int c) {
    return Character.isBmpCodePoint(c) && WINDOWS_1252.newEncoder().canEncode((char) c);
  }
}
