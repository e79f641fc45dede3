package eu.dsrportal.identity.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;

/**
 * What a new password must be (OWASP ASVS 2.1): 12 to 128 characters of any kind, no composition
 * rules, not a common password (also not one padded with digits or signs), not containing the
 * user's name or e-mail name (checked with Passay), and not easy to guess for another reason: a
 * strength estimate by zxcvbn's method (nbvcxz: dictionaries, keyboard walks, repeats, sequences,
 * dates, l33t) of at least {@link #MIN_SCORE} of 4, which refuses {@code 123456789012}, {@code
 * aaaaaaaaaaaa} and {@code qwertyuiopas}, all long enough and on no list. The estimate is asked
 * only of a password that breaks no other rule, so the user reads one reason at a time.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** zxcvbn's score: 3 is "safely unguessable", about 10^8 guesses and more. */
  public static final int MIN_SCORE = 3;

  private static final String BLOCKLIST = "/identity/common-passwords.txt";

  /** Keeps only its configuration; every estimate works on its own, so one serves all threads. */
  private static final Nbvcxz STRENGTH = new Nbvcxz();

  private final PasswordValidator validator;
  private final PasswordValidator blocklist;

  public PasswordPolicy() {
    DictionaryRule common = new DictionaryRule(new WordListDictionary(commonPasswords()));
    this.validator =
        new DefaultPasswordValidator(
            new LengthRule(MIN_LENGTH, MAX_LENGTH), common, new UsernameRule(true, true));
    this.blocklist = new DefaultPasswordValidator(common);
  }

  /** The message keys of every rule the password breaks; empty when it is acceptable. */
  public List<String> problems(String password, String username, String email) {
    Set<String> problems = new LinkedHashSet<>();
    String pw = password == null ? "" : password;
    collect(validator.validate(new PasswordData(username, pw)).getDetails(), problems);
    String emailName = email == null ? "" : email.split("@", 2)[0];
    if (emailName.length() >= 3) {
      collect(validator.validate(new PasswordData(emailName, pw)).getDetails(), problems);
    }
    String core = pw.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (!core.isEmpty() && !core.equals(pw)) {
      collect(blocklist.validate(new PasswordData(core)).getDetails(), problems);
    }
    if (problems.isEmpty() && STRENGTH.estimate(pw).getBasicScore() < MIN_SCORE) {
      problems.add("password.error.weak");
    }
    return new ArrayList<>(problems);
  }

  private static void collect(List<RuleResultDetail> details, Set<String> problems) {
    for (RuleResultDetail detail : details) {
      problems.add(key(detail.getErrorCode()));
    }
  }

  private static String key(String errorCode) {
    return switch (errorCode) {
      case LengthRule.ERROR_CODE_MIN -> "password.error.tooShort";
      case LengthRule.ERROR_CODE_MAX -> "password.error.tooLong";
      case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "password.error.common";
      case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED ->
          "password.error.containsName";
      default -> "password.error." + errorCode.toLowerCase(Locale.ROOT);
    };
  }

  private static org.passay.dictionary.ArrayWordList commonPasswords() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
