package eu.dsrportal.billing.domain;

import java.util.ArrayList;
import java.util.List;

/** A party as it was at finalisation, kept as text: one field per line, in the record's order. */
public final class PartyText {
  private static final int FIELDS = 10;

  private PartyText() {}

  public static String encode(InvoiceDocument.Party party) {
    if (party == null) {
      return null;
    }
    List<String> fields =
        List.of(
            n(party.name()),
            n(party.street()),
            n(party.postalCode()),
            n(party.city()),
            n(party.countryCode()),
            n(party.vatNumber()),
            n(party.companyId()),
            n(party.endpointScheme()),
            n(party.endpointId()),
            n(party.email()));
    return String.join("\n", fields);
  }

  public static InvoiceDocument.Party decode(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split("\n", -1);
    List<String> f = new ArrayList<>();
    for (int i = 0; i < FIELDS; i++) {
      f.add(i < parts.length && !parts[i].isEmpty() ? parts[i] : null);
    }
    return new InvoiceDocument.Party(
        f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
        f.get(9));
  }

  private static String n(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
  }
}
