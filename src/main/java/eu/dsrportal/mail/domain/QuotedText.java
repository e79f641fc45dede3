package eu.dsrportal.mail.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text someone else typed, made safe to quote in our plain-text mails: mail clients turn addresses,
 * domains and e-mail addresses into links, and a link in a mail from the provider's domain is what
 * a phisher wants (issue 9). So they are defanged the way security teams write indicators: {@code
 * http://evil.example} becomes {@code hxxp://evil[.]example}, {@code www.evil.com} {@code
 * www[.]evil[.]com}, {@code a@b.example} {@code a[@]b[.]example}. Still readable for the person who
 * reads the mail, no longer a link.
 */
public final class QuotedText {
  private static final Pattern HTTP = Pattern.compile("(?i)\\bh(?:tt|xx)p(s?)://");
  private static final Pattern FTP = Pattern.compile("(?i)\\bftp://");

  /** Any other scheme with an authority: {@code x://} loses its slashes' meaning. */
  private static final Pattern OTHER_SCHEME =
      Pattern.compile("(?i)\\b(?!hxxps?://|fxp://)([a-z][a-z0-9+-]*)://");

  /** Schemes that make a link without slashes. */
  private static final Pattern BARE_SCHEME =
      Pattern.compile("(?i)\\b(mailto|javascript|vbscript|file|data|callto|sip):(?=\\S)");

  /** Labels joined by dots (also the full-width and ideographic dots clients accept). */
  private static final Pattern DOTTED =
      Pattern.compile("[\\p{L}\\p{N}_-]+(?:[.\u3002\uFF0E\uFF61][\\p{L}\\p{N}_-]+)+");

  private static final Pattern DOT = Pattern.compile("[.\u3002\uFF0E\uFF61]");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern AT = Pattern.compile("(?<=[^\\s\\[])[@\uFF20](?=[^\\s\\]])");

  private QuotedText() {}

  /** The text with every address, domain and e-mail address defanged; null stays empty. */
  public static String defang(String text) {
    if (text == null) {
      return "";
    }
    String s =
        HTTP.matcher(text).replaceAll(m -> "hxxp" + m.group(1).toLowerCase(Locale.ROOT) + "://");
    s = FTP.matcher(s).replaceAll("fxp://");
    s = OTHER_SCHEME.matcher(s).replaceAll("$1[://]");
    s = BARE_SCHEME.matcher(s).replaceAll("$1[:]");
    Matcher dotted = DOTTED.matcher(s);
    StringBuilder out = new StringBuilder();
    while (dotted.find()) {
      String token = dotted.group();
      String replacement = looksLikeHost(token) ? DOT.matcher(token).replaceAll("[.]") : token;
      dotted.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    dotted.appendTail(out);
    return AT.matcher(out).replaceAll("[@]");
  }

  /**
   * A domain ends in a label of two or more characters with a letter in it (a top-level domain,
   * also {@code xn--…}); an IPv4 address is four numbers. Decimals ("3.14") and "e.g" stay as they
   * are.
   */
  private static boolean looksLikeHost(String token) {
    if (IPV4.matcher(token).matches()) {
      return true;
    }
    String[] labels = DOT.split(token);
    String last = labels[labels.length - 1];
    return last.length() >= 2 && last.codePoints().anyMatch(Character::isLetter);
  }
}
