package eu.dsrportal.shared.rest;

import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.infrastructure.Texts;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The invalid fields or parameters of one API call, each with its messages as bundle texts, worded
 * in the caller's language only when the problem is answered ({@link #problem}).
 */
public final class FieldErrors {
  private final Map<String, List<Message>> byField;

  private FieldErrors(Map<String, List<Message>> byField) {
    this.byField = byField;
  }

  /** Fields in the order they were found (a query's parameters as the API lists them). */
  public static FieldErrors inOrder() {
    return new FieldErrors(new LinkedHashMap<>());
  }

  /** Fields by name (a body's fields, found in no useful order). */
  public static FieldErrors byName() {
    return new FieldErrors(new TreeMap<>());
  }

  /** A message of the bundles ({@code api.problem.field.*} and the like) for the field. */
  public FieldErrors add(String field, String key, Object... arguments) {
    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(key, arguments, null));
    return this;
  }

  /** A message already worded in the caller's language (Bean Validation's, a domain rule's). */
  public FieldErrors addWorded(String field, String text) {
    byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Message(null, null, text));
    return this;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public Set<String> fields() {
    return byField.keySet();
  }

  /** Each field's messages in the language, joined by "; ". */
  public Map<String, String> in(Language language) {
    Map<String, String> worded = new LinkedHashMap<>();
    byField.forEach(
        (field, messages) ->
            worded.put(
                field,
                String.join(
                    "; ", messages.stream().map(message -> message.in(language)).toList())));
    return worded;
  }

  /** 400 problem+json listing the fields, its detail the bundle text {@code detailKey}. */
  public Response problem(Language language, String detailKey, Object... detailArguments) {
    return Problem.invalid(language, detailKey, in(language), detailArguments);
  }

  private record Message(String key, Object[] arguments, String text) {
    String in(Language language) {
      return text != null ? text : Texts.get(language, key, arguments);
    }
  }
}
