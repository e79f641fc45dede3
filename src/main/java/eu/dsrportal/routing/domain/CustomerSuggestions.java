package eu.dsrportal.routing.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which customers a request is most likely for, best first, each with why: the organisation the
 * subject typed against each customer's name and aliases (case, accents, punctuation and legal
 * forms ignored, typos tolerated by Jaro-Winkler similarity from Apache Commons Text), the
 * subject's e-mail domain against the customer's domains, and the service named against the
 * services it takes.
 */
public final class CustomerSuggestions {
  /** Below this a name or alias is no reason to suggest a customer. */
  static final double NAME_THRESHOLD = 0.80;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "bv", "nv", "vof", "cv", "srl", "sprl", "bvba", "sa", "scrl", "cvba", "asbl", "vzw",
          "gmbh", "ag", "kg", "ug", "ltd", "limited", "plc", "llc", "inc", "sas", "sarl", "se",
          "co", "cie", "ev");

  private CustomerSuggestions() {}

  /** What the suggestion is based on. */
  public enum Reason {
    NAME,
    ALIAS,
    EMAIL_DOMAIN,
    SERVICE
  }

  /** A customer as matching needs it. */
  public record Candidate(
      long customerId,
      String name,
      List<String> aliases,
      List<String> emailDomains,
      List<String> services) {}

  /** What the request says: the organisation typed, the subject's e-mail, the service named. */
  public record Query(String organisation, String email, String service) {}

  /** A suggested customer, its score (higher is likelier) and why. */
  public record Suggestion(long customerId, double score, Set<Reason> reasons) {}

  /** The candidates worth suggesting, best first, at most {@code limit}. */
  public static List<Suggestion> rank(Query query, List<Candidate> candidates, int limit) {
    String organisation = normalised(query.organisation());
    String domain = domainOf(query.email()).orElse(null);
    String service = normalised(query.service());
    List<Suggestion> suggestions = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Set<Reason> reasons = EnumSet.noneOf(Reason.class);
      double nameScore = organisation.isEmpty() ? 0 : similarity(organisation, candidate.name());
      double aliasScore =
          organisation.isEmpty()
              ? 0
              : candidate.aliases().stream()
                  .mapToDouble(alias -> similarity(organisation, alias))
                  .max()
                  .orElse(0);
      double score = 0;
      if (nameScore >= NAME_THRESHOLD || aliasScore >= NAME_THRESHOLD) {
        score = Math.max(nameScore, aliasScore);
        reasons.add(aliasScore > nameScore ? Reason.ALIAS : Reason.NAME);
      }
      if (domain != null
          && candidate.emailDomains().stream().anyMatch(d -> d.equalsIgnoreCase(domain))) {
        score += 1.0;
        reasons.add(Reason.EMAIL_DOMAIN);
      }
      if (!service.isEmpty()
          && candidate.services().stream()
              .anyMatch(s -> similarity(service, s) >= NAME_THRESHOLD + 0.1)) {
        score += 0.5;
        reasons.add(Reason.SERVICE);
      }
      if (!reasons.isEmpty()) {
        suggestions.add(new Suggestion(candidate.customerId(), score, reasons));
      }
    }
    return suggestions.stream()
        .sorted(Comparator.comparingDouble(Suggestion::score).reversed())
        .limit(limit)
        .toList();
  }

  /**
   * How alike a typed organisation (already normalised) and a customer's name or alias are, 0 to 1:
   * the best of the whole texts, the texts without spaces (a brand typed apart or together), and
   * their words matched one by one (another word order, a word left out).
   */
  static double similarity(String typedNormalised, String name) {
    String known = normalised(name);
    if (known.isEmpty()) {
      return 0;
    }
    double whole = JARO_WINKLER.apply(typedNormalised, known);
    // a little less than the others: it finds brands typed apart or together, and would otherwise
    // prefer "Vandenberghe" to "Van den Berg Transport" for "Van den Berg"
    double joined =
        0.97 * JARO_WINKLER.apply(typedNormalised.replace(" ", ""), known.replace(" ", ""));
    return Math.max(Math.max(whole, joined), words(typedNormalised, known));
  }

  private static double words(String typed, String known) {
    List<String> typedWords = Arrays.asList(typed.split(" "));
    List<String> knownWords = Arrays.asList(known.split(" "));
    double sum = 0;
    for (String word : typedWords) {
      double best =
          knownWords.stream().mapToDouble(k -> JARO_WINKLER.apply(word, k)).max().orElse(0);
      sum += best >= 0.88 ? best : 0;
    }
    // words of the name not typed count against it, a little
    return sum / (typedWords.size() + 0.1 * Math.max(0, knownWords.size() - typedWords.size()));
  }

  /**
   * Lower case, without accents, punctuation or legal forms (BV, NV, SRL, GmbH, Ltd …), words
   * separated by one space.
   */
  public static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            // N.V., S.R.L.: an abbreviation's dots go, its letters stay together
            .replace(".", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return Arrays.stream(plain.split(" "))
        .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
        .collect(Collectors.joining(" "));
  }

  private static Optional<String> domainOf(String email) {
    if (email == null || email.indexOf('@') < 0) {
      return Optional.empty();
    }
    String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
  }
}
