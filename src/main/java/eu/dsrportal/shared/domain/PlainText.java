package eu.dsrportal.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text a person typed holds no invisible or direction-changing characters: none of the Unicode
 * general categories Cc (controls, C0 and C1), Cf (format: U+202E right-to-left override, U+200B
 * zero-width space, U+FEFF, U+200D …) and Cs (surrogates, i.e. lone halves of a pair). Such
 * characters make a stored name or text look different from what it is (a reversed file name, a
 * name that looks like another). With {@code multiline} the line breaks and tab of a textarea are
 * allowed. Null is valid.
 *
 * <p>Zero-width joiners are refused too, so emoji sequences joined by U+200D (a family) are, and
 * scripts that need U+200C/U+200D would be: none of the portal's four languages does.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  /** Allows line feed, carriage return and tab. */
  boolean multiline() default false;

  String message() default "{text.invalidCharacters}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, String> {
    private boolean multiline;

    @Override
    public void initialize(PlainText plainText) {
      multiline = plainText.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return isPlain(value, multiline);
    }

    /** For checks outside Bean Validation (domain rules); null is plain. */
    public static boolean isPlain(String text, boolean multiline) {
      return text == null || text.codePoints().allMatch(c -> isAllowed(c, multiline));
    }

    /**
     * For domain rules and services that check their parameters themselves.
     *
     * @throws DomainRuleViolation {@code text.error.invalidCharacters} when the text is not plain
     */
    public static void requirePlain(String text, boolean multiline) {
      if (!isPlain(text, multiline)) {
        throw new DomainRuleViolation("text.error.invalidCharacters");
      }
    }

    /**
     * The text with each character a {@link PlainText} refuses shown as U+FFFD, for what is
     * recorded as it came and cannot be refused (a username typed at the login).
     */
    public static String marked(String text) {
      if (text == null) {
        return null;
      }
      StringBuilder shown = new StringBuilder(text.length());
      text.codePoints().forEach(c -> shown.appendCodePoint(isAllowed(c, false) ? c : REPLACEMENT));
      return shown.toString();
    }

    private static final int REPLACEMENT = 0xFFFD;

    private static boolean isAllowed(int codePoint, boolean multiline) {
      if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
        return true;
      }
      int type = Character.getType(codePoint);
      return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE;
    }
  }
}
