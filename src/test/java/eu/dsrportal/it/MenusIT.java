package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Browser.TopBar;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page that a role reaches from its menus (the top bar, one's name, a section's own menu, the
 * hub cards) is shown, not an error page; and the top bar holds the longest menu. The outbox page
 * answered with the error page for weeks, and no test noticed: the pages' own tests check what they
 * show, and a page nobody tested could break unseen.
 */
@SharedPortal(PortalConfig.STANDARD)
class MenusIT {
  private static final String PASSWORD = "It-Password-2026!";
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String MENUS =
      "header.top nav.menu a, header.top .user a, nav.subnav a, ul.hub a";

  private final Bundle en = new Bundle("en");

  /**
   * The administrator has the longest menu (staff work, billing, administration). At 1280 pixels,
   * in every language, brand, languages and logout share the first row, and the menu has a row of
   * its own that it does not outgrow; contracts are inside billing.
   */
  @Test
  void everyPageTheMenusLeadToIsShownAndTheLongestMenuFitsItsRowInEveryLanguage() throws Exception {
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs("admin", PASSWORD, en);
      assertThat(visitFromTheMenus(admin, "admin"))
          .as("the administrator's pages")
          .contains(BASE + "/staff/outbox.xhtml", BASE + "/admin/retention.xhtml")
          .hasSizeGreaterThan(15);

      admin.windowWidth(1280);
      for (String language : new String[] {"nl", "fr", "en", "de"}) {
        Bundle texts = new Bundle(language);
        admin.go("/admin/index.xhtml?lang=" + language);
        assertThat(admin.pageLanguage()).isEqualTo(language);
        admin.screenshot("topbar-admin-" + language + "-1280");
        assertThat(admin.topBar()).as("the top bar in " + language).isEqualTo(new TopBar(1, 1));
        assertThat(admin.all(By.cssSelector("header.top nav.menu a")))
            .extracting(link -> link.getText())
            .contains(texts.get("nav.billing"))
            .doesNotContain(texts.get("nav.contracts"));
      }
    }
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs("acme", PASSWORD, en);
      assertThat(visitFromTheMenus(customer, "acme"))
          .as("the customer's pages")
          .contains(BASE + "/customer/requests.xhtml")
          .hasSizeGreaterThan(5);
    }
  }

  /** Follows the menus' links, breadth first; answers the pages visited. */
  private Set<String> visitFromTheMenus(Browser page, String who) throws java.io.IOException {
    Set<String> visited = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(links(page));
    while (!next.isEmpty() && visited.size() < 80) {
      String href = next.poll();
      if (!visited.add(href)) {
        continue;
      }
      page.go(href);
      assertThat(page.heading()).as(who + " at " + href).isNotIn(en.errorPageHeadings());
      // with -Dit.screenshots=true, every page a role reaches, to be looked at
      page.screenshotsAtBothWidths(
          "menu-" + who + "-" + href.substring(BASE.length() + 1).replaceAll("[^A-Za-z0-9]+", "-"));
      next.addAll(links(page));
    }
    return visited;
  }

  /** The menus' links to pages of the portal, without their fragment. */
  private static List<String> links(Browser page) {
    return page.all(By.cssSelector(MENUS)).stream()
        .map(link -> link.getDomProperty("href"))
        .filter(href -> href != null && href.startsWith(BASE) && href.contains(".xhtml"))
        .map(href -> href.replaceAll("#.*", "").replaceAll(";jsessionid=[^?]*", ""))
        .toList();
  }
}
