package eu.dsrportal.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.routing.domain.CustomerSuggestions.Candidate;
import eu.dsrportal.routing.domain.CustomerSuggestions.Query;
import eu.dsrportal.routing.domain.CustomerSuggestions.Reason;
import eu.dsrportal.routing.domain.CustomerSuggestions.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ranking on a realistic register: 60 customers with confusable names (one brand owned by one of
 * them), and 40 ways subjects type an organisation, each with the customer meant.
 */
class CustomerSuggestionsTest {

  private static final List<Candidate> REGISTER = new ArrayList<>();

  private static void customer(long id, String name, String... aliasesDomainsServices) {
    List<String> aliases = new ArrayList<>();
    List<String> domains = new ArrayList<>();
    List<String> services = new ArrayList<>();
    for (String item : aliasesDomainsServices) {
      if (item.startsWith("@")) {
        domains.add(item.substring(1));
      } else if (item.startsWith("#")) {
        services.add(item.substring(1));
      } else {
        aliases.add(item);
      }
    }
    REGISTER.add(new Candidate(id, name, aliases, domains, services));
  }

  static {
    customer(1, "Acme Retail NV", "ShopAcme", "@acme-retail.be", "#webshop");
    customer(2, "ACME Logistics BV", "@acmelogistics.nl", "#track and trace");
    customer(3, "Acmé Benelux SRL", "@acme-benelux.be");
    customer(4, "Acme Facility Services BVBA", "@acmefacility.be");
    customer(5, "Brasserie De Kroon BV", "De Kroon", "@dekroon.example");
    customer(6, "Kroonduif Catering NV", "@kroonduif.be");
    customer(7, "Kroon Apotheek VOF", "@kroonapotheek.nl");
    customer(8, "Nordlicht GmbH", "@nordlicht.example");
    customer(9, "Nordlicht Energie AG", "@nordlicht-energie.de");
    customer(10, "Nordic Light Studios Ltd", "@nordiclight.co.uk");
    customer(11, "Lumière SA", "@lumiere.example");
    customer(12, "Lumière Optique SPRL", "@lumiere-optique.be");
    customer(13, "Lumen Lighting BV", "@lumen.nl");
    customer(14, "Van den Berg Transport BV", "@vdbtransport.nl");
    customer(15, "Vandenberghe Bouw NV", "@vandenberghe.be");
    customer(16, "Berg & Zonen VOF", "@bergzonen.nl");
    customer(17, "De Vlaamse Bakkerij NV", "Bakkerij Peeters", "@vlaamsebakkerij.be");
    customer(18, "Bakkerij De Vlaeminck BVBA", "@devlaeminck.be");
    customer(19, "Vlaams Energiebedrijf NV", "VEB", "@veb.be");
    customer(20, "Zorggroep Noord BV", "@zorggroepnoord.nl");
    customer(21, "Zorgnet Noordrand VZW", "@zorgnet.be");
    customer(22, "Noordzee Visserij BV", "@noordzeevis.nl");
    customer(23, "Blue Harbour Logistics NV", "BHL", "@blueharbour.be");
    customer(24, "Blue Horizon Travel SA", "@bluehorizon.be");
    customer(25, "Harbour Lights Hotel BV", "@harbourlights.nl");
    customer(26, "Techno Parts Europe GmbH", "@technoparts.de");
    customer(27, "TechnoPark Gent NV", "@technopark.be");
    customer(28, "Teknik Partner AB", "@teknikpartner.se");
    customer(29, "Groene Vallei Tuinen BV", "@groenevallei.nl");
    customer(30, "Groenland Tuincentrum NV", "@groenland.be");
    customer(31, "Vallée Verte SA", "@valleeverte.be");
    customer(32, "Sint-Jan Ziekenhuis VZW", "AZ Sint-Jan", "@azsintjan.be");
    customer(33, "Sint-Jansschool VZW", "@sintjansschool.be");
    customer(34, "Saint-Jean Clinique ASBL", "@clinique-stjean.be");
    customer(35, "Maison Dubois SPRL", "@maisondubois.be");
    customer(36, "Dubois & Fils SA", "@duboisfils.be");
    customer(37, "Du Bois Interieur BV", "@dubois-interieur.nl");
    customer(38, "Pixel Perfect Media BV", "PixelPerfect", "@pixelperfect.nl");
    customer(39, "Pixelwerk GmbH", "@pixelwerk.de");
    customer(40, "Perfect Prints NV", "@perfectprints.be");
    customer(41, "Stadsbrouwerij Leuven NV", "Leuvens Stadsbier", "@stadsbrouwerij.be");
    customer(42, "Brouwerij Het Anker NV", "@hetanker.be");
    customer(43, "Leuven Parking BV", "@leuvenparking.be");
    customer(44, "Rijnland Verzekeringen NV", "@rijnland.nl");
    customer(45, "Rheinland Versicherung AG", "@rheinland-vers.de");
    customer(46, "Rijnmond Havendiensten BV", "@rijnmond.nl");
    customer(47, "Atlas Fitness BV", "Atlas Gym", "@atlasfitness.nl");
    customer(48, "Atlas Copy Center NV", "@atlascopy.be");
    customer(49, "Atlantis Zwembaden BV", "@atlantis.nl");
    customer(50, "Mediq Apotheken BV", "@mediq.example");
    customer(51, "Medica Zorgpunt NV", "@medica.be");
    customer(52, "MediaMarkt Benelux NV", "@mediamarkt.example");
    customer(53, "Orion Software Ltd", "@orionsoft.co.uk");
    customer(54, "Orionis Consulting SRL", "@orionis.be");
    customer(55, "Oranje Software BV", "@oranjesoft.nl");
    customer(56, "Kastanjehof Woonzorg VZW", "@kastanjehof.be");
    customer(57, "Kastelein Advocaten BV", "@kastelein.nl");
    customer(58, "Kasteel van Gaasbeek VZW", "@gaasbeek.be");
    customer(59, "Europcar Belgium SA", "@europcar.example");
    customer(60, "Eurocash & Carry NV", "@eurocash.be");
  }

  /** What subjects type (organisation, e-mail, service) and the customer they mean. */
  private static final Map<Query, Long> TYPED =
      Map.ofEntries(
          Map.entry(new Query("acme retail", "jan@gmail.com", null), 1L),
          Map.entry(new Query("ACME RETAIL N.V.", "jan@gmail.com", null), 1L),
          Map.entry(new Query("Acme Retial", "jan@gmail.com", null), 1L),
          Map.entry(new Query("ShopAcme", "jan@gmail.com", null), 1L),
          Map.entry(new Query("Shop Acme webshop", "jan@gmail.com", "webshop"), 1L),
          Map.entry(new Query("Acme", "piet@acmelogistics.nl", null), 2L),
          Map.entry(new Query("Acme Logistcs", "a@hotmail.com", null), 2L),
          Map.entry(new Query("acme benelux", "a@hotmail.com", null), 3L),
          Map.entry(new Query("Acme Benelux S.R.L.", "a@hotmail.com", null), 3L),
          Map.entry(new Query("ACME facility", "a@hotmail.com", null), 4L),
          Map.entry(new Query("Brasserie de Kroon", "b@telenet.be", null), 5L),
          Map.entry(new Query("De Kroon", "b@telenet.be", null), 5L),
          Map.entry(new Query("Kroonduif", "b@telenet.be", null), 6L),
          Map.entry(new Query("apotheek kroon", "b@telenet.be", null), 7L),
          Map.entry(new Query("Nordlicht", "c@web.de", null), 8L),
          Map.entry(new Query("Nordlicht Energie", "c@web.de", null), 9L),
          Map.entry(new Query("Nordic Light", "c@web.de", null), 10L),
          Map.entry(new Query("Lumiere", "d@skynet.be", null), 11L),
          Map.entry(new Query("lumière optique", "d@skynet.be", null), 12L),
          Map.entry(new Query("Van den Berg", "e@ziggo.nl", null), 14L),
          Map.entry(new Query("Vandenberghe", "e@ziggo.nl", null), 15L),
          Map.entry(new Query("Bakkerij Peeters", "f@proximus.be", null), 17L),
          Map.entry(new Query("VEB", "f@proximus.be", null), 19L),
          Map.entry(new Query("Zorggroep Noord", "g@kpn.nl", null), 20L),
          Map.entry(new Query("Blue Harbor Logistics", "h@gmail.com", null), 23L),
          Map.entry(new Query("BHL", "h@gmail.com", null), 23L),
          Map.entry(new Query("Technoparts", "i@gmail.com", null), 26L),
          Map.entry(new Query("Technopark", "i@gmail.com", null), 27L),
          Map.entry(new Query("Groene Vallei", "j@gmail.com", null), 29L),
          Map.entry(new Query("AZ Sint Jan", "k@gmail.com", null), 32L),
          Map.entry(new Query("Sint-Jan ziekenhuis Brugge", "k@gmail.com", null), 32L),
          Map.entry(new Query("Dubois et Fils", "l@gmail.com", null), 36L),
          Map.entry(new Query("Pixel Perfect", "m@gmail.com", null), 38L),
          Map.entry(new Query("Stadsbrouwerij", "n@gmail.com", null), 41L),
          Map.entry(new Query("Rijnland verzekering", "o@gmail.com", null), 44L),
          Map.entry(new Query("Atlas Gym", "p@gmail.com", null), 47L),
          Map.entry(new Query("Mediq", "q@gmail.com", null), 50L),
          Map.entry(new Query("Orion software", "r@gmail.com", null), 53L),
          Map.entry(new Query("Kastanjehof", "s@gmail.com", null), 56L),
          Map.entry(new Query("", "t@europcar.example", null), 59L),
          Map.entry(new Query("Europcar", "t@gmail.com", null), 59L));

  @Test
  void theRightCustomerComesFirstForAtLeast95PercentAndInTheTopThreeForAll() {
    int first = 0;
    List<String> notFirst = new ArrayList<>();
    for (Map.Entry<Query, Long> typed : TYPED.entrySet()) {
      List<Long> ranked =
          CustomerSuggestions.rank(typed.getKey(), REGISTER, 3).stream()
              .map(Suggestion::customerId)
              .toList();
      if (!ranked.isEmpty() && ranked.get(0).equals(typed.getValue())) {
        first++;
      } else {
        notFirst.add(typed.getKey().organisation() + " → " + ranked);
      }
      assertThat(ranked).as(typed.getKey().toString()).contains(typed.getValue());
    }
    double rate = 100.0 * first / TYPED.size();
    System.out.printf(
        "Customer suggestions: right one first for %d of %d typed variants (%.1f %%); not first: %s%n",
        first, TYPED.size(), rate, notFirst);
    assertThat(REGISTER).hasSizeGreaterThanOrEqualTo(60);
    assertThat(TYPED).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rate).isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void eachSuggestionSaysWhy() {
    List<Suggestion> ranked =
        CustomerSuggestions.rank(
            new Query("ShopAcme", "jan@acme-retail.be", "webshop"), REGISTER, 3);
    assertThat(ranked.get(0).customerId()).isEqualTo(1L);
    assertThat(ranked.get(0).reasons())
        .containsExactlyInAnyOrder(Reason.ALIAS, Reason.EMAIL_DOMAIN, Reason.SERVICE);
  }

  @Test
  void caseAccentsPunctuationAndLegalFormsAreIgnored() {
    assertThat(CustomerSuggestions.normalised("  ACMÉ Benelux, S.R.L. "))
        .isEqualTo(CustomerSuggestions.normalised("acme benelux"));
    assertThat(CustomerSuggestions.normalised("Nordlicht GmbH")).isEqualTo("nordlicht");
  }

  @Test
  void nothingAlikeSuggestsNothing() {
    assertThat(CustomerSuggestions.rank(new Query("Zzyzx Quux", "x@gmail.com", null), REGISTER, 3))
        .isEmpty();
  }
}
