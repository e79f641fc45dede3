package eu.dsrportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.DataSubjectRight;
import eu.dsrportal.testing.Api;
import eu.dsrportal.testing.Browser;
import eu.dsrportal.testing.Bundle;
import eu.dsrportal.testing.PortalConfig;
import eu.dsrportal.testing.SharedPortal;
import eu.dsrportal.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Login throttling, sessions and the response headers, over HTTP and in Chromium. */
@SharedPortal
class SecurityIT {
  private static final String BASE = PortalConfig.STANDARD.baseUrl();
  private static final String ADMIN_PASSWORD = "It-Password-2026!";

  private final Bundle en = new Bundle("en");

  @Test
  void failedLoginsThrottleOnlyTheAddressThatMadeThemUntilAnAdministratorClearsThem()
      throws Exception {
    String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Correct-Horse-Battery-9";
    createSupportUser(username, password);
    // another client, behind the tests' trusted proxy
    String elsewhere = "198.51.100.23";

    try (Browser attacker = Browser.open(BASE, "en").forwardedFor(elsewhere)) {
      for (int i = 0; i < 5; i++) {
        attemptLogin(attacker, username, "wrong-password-" + i);
      }
      attemptLogin(attacker, username, password);
      assertThat(attacker.heading()).as("throttled from there").isEqualTo(en.get("login.title"));
      // after refused logins a protected page still shows the login form, not an empty page
      attacker.go("/staff/inbox.xhtml");
      assertThat(attacker.heading()).isEqualTo(en.get("login.title"));
    }

    try (Browser owner = Browser.open(BASE, "en")) {
      owner.logInAs(username, password, en);
      assertThat(owner.heading()).as("the owner elsewhere").isEqualTo(en.get("inbox.title"));
      owner.go("/admin/users.xhtml");
      assertThat(owner.heading()).isEqualTo(en.get("error.404.title"));
      owner.go("/staff/inbox.xhtml").logOut(en);
    }

    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("admin", ADMIN_PASSWORD), ADMIN_PASSWORD, en);
      admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.security"));
      assertThat(admin.text(By.id("throttled:accounts"))).contains(username, elsewhere);
      assertThat(admin.text(By.id("failures")))
          .contains(
              username, en.get("security.reason.THROTTLED"), en.get("security.reason.INVALID"));
      assertThat(admin.text(By.id("sessions")))
          .contains(
              username,
              en.get("audit.action.LOGGED_IN"),
              en.get("audit.action.LOGGED_OUT"),
              en.get("audit.action.PAGE_REFUSED") + " /admin/users.xhtml");
      admin.pressTitled(en.get("security.unlock") + " " + username);
      admin.waitForText(en.get("security.unlocked", username));
      assertThat(
              admin.all(
                  By.xpath("//input[@title='" + en.get("security.unlock") + " " + username + "']")))
          .as("no longer throttled")
          .isEmpty();
    }

    try (Browser user = Browser.open(BASE, "en").forwardedFor(elsewhere)) {
      user.logInAs(username, password, en);
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT GROUP_CONCAT(CONCAT(action, '@', client_ip = ?) ORDER BY id)"
                    + " FROM audit_entry WHERE actor = ? AND action IN ('LOGGED_IN', 'PAGE_REFUSED')",
                elsewhere,
                username))
        .as(
            "the owner's login and refused page from their own address, the last login from elsewhere")
        .hasValue("LOGGED_IN@0,PAGE_REFUSED@0,LOGGED_IN@1");
  }

  @Test
  void aUserWhoseAccountIsDisabledLosesTheOpenSession() throws Exception {
    String username = "disabletest-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Correct-Horse-Battery-9";
    createSupportUser(username, password);
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, password, en);
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));

      TestDatabase.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", username);
      user.go("/staff/inbox.xhtml");
      assertThat(user.heading()).isEqualTo(en.get("login.title"));
      user.go("/staff/outbox.xhtml");
      assertThat(user.heading()).isEqualTo(en.get("login.title"));
    }
  }

  @Test
  void aUserChangesTheirOwnPasswordOnlyWithinThePolicy() throws Exception {
    String username = "pwtest-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Correct-Horse-Battery-9";
    String newPassword = "a quiet walk along the Leie";
    createSupportUser(username, password);
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, password, en);
      user.follow(username).follow(en.get("nav.password"));

      changePassword(user, password, "password12345", "password12345");
      user.waitForText(en.get("password.error.common"));
      changePassword(user, password, "short-one", "short-one");
      user.waitForText(en.get("password.error.tooShort", 12, 128));
      changePassword(user, password, "my name is " + username, "my name is " + username);
      user.waitForText(en.get("password.error.containsName"));
      changePassword(user, password, newPassword, newPassword + "!");
      user.waitForText(en.get("password.error.repeat"));
      changePassword(user, "not-my-password", newPassword, newPassword);
      user.waitForText(en.get("password.error.current"));

      changePassword(user, password, newPassword, newPassword);
      user.waitForText(en.get("password.changed"));
      user.logOut(en);
      user.logInAs(username, newPassword, en);
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));
    }
  }

  @Test
  void anAdministratorsResetEndsTheUsersSessionsAndTheOneTimePasswordExpires() throws Exception {
    String username = "resettest-" + UUID.randomUUID().toString().substring(0, 8);
    createSupportUser(username, "Correct-Horse-Battery-9");
    String temporary;
    try (Browser user = Browser.open(BASE, "en");
        Browser admin = Browser.open(BASE, "en")) {
      user.logInAs(username, "Correct-Horse-Battery-9", en);
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));

      admin.logInAs(TestDatabase.createAdministrator("admin", ADMIN_PASSWORD), ADMIN_PASSWORD, en);
      admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.users"));
      admin.pressTitled(en.get("users.reset") + " " + username);
      admin.waitForText(username);
      var matcher =
          java.util.regex.Pattern.compile(
                  java.util.regex.Pattern.quote(username) + " is (\\S+) \\.")
              .matcher(admin.text());
      assertThat(matcher.find()).isTrue();
      temporary = matcher.group(1);

      user.go("/staff/inbox.xhtml");
      assertThat(user.all(By.id("login:username"))).as("the reset ended the session").isNotEmpty();
    }
    TestDatabase.update(
        "UPDATE user_account SET password_expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE"
            + " WHERE username = ?",
        username);
    try (Browser user = Browser.open(BASE, "en")) {
      attemptLogin(user, username, temporary);
      assertThat(user.heading()).as("expired").isEqualTo(en.get("login.title"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT reason FROM failed_login WHERE username = ? ORDER BY id DESC LIMIT 1",
                username))
        .hasValue("EXPIRED");
    TestDatabase.update(
        "UPDATE user_account SET password_expires_at = UTC_TIMESTAMP() + INTERVAL 1 HOUR"
            + " WHERE username = ?",
        username);
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, temporary, en);
      assertThat(user.heading()).isEqualTo(en.get("password.title"));
      user.go("/staff/inbox.xhtml");
      assertThat(user.heading()).isEqualTo(en.get("password.title"));
      changePassword(
          user, temporary, "a quiet walk along the Schelde", "a quiet walk along the Schelde");
      user.waitForText(en.get("password.changed"));
      user.go("/staff/inbox.xhtml");
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));
    }
    assertThat(
            TestDatabase.query(
                "SELECT password_expires_at IS NULL FROM user_account WHERE username = ?",
                username))
        .hasValue("1");
  }

  @Test
  void anAdministratorCreatesAUserWhoMustChooseAPasswordAndUsernamesAreNeverReused()
      throws Exception {
    String username = "newuser-" + UUID.randomUUID().toString().substring(0, 8);
    String temporary;
    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("admin", ADMIN_PASSWORD), ADMIN_PASSWORD, en);
      admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.users"));
      admin
          .fill(en.get("security.username"), username)
          .fill(en.get("users.name"), "New User")
          .fill(en.get("users.email"), username + "@provider.example")
          .choose(en.get("role.SUPPORT"))
          .press(en.get("users.create"));
      admin.waitForText(username);
      var matcher =
          java.util.regex.Pattern.compile("one-time password is (\\S+) \\.").matcher(admin.text());
      assertThat(matcher.find()).isTrue();
      temporary = matcher.group(1);
      // the roles as the page names them, not as the code does
      assertThat(
              admin.text(
                  By.xpath(
                      "//table[@id='users:accounts']//tr[td[normalize-space()='"
                          + username
                          + "']]")))
          .contains(en.get("role.SUPPORT"), en.get("users.customer.none"))
          .doesNotContain("SUPPORT");
      // a customer's user names its customer
      assertThat(
              admin.text(
                  By.xpath("//table[@id='users:accounts']//tr[td[normalize-space()='acme']]")))
          .contains("Acme Retail NV");

      admin
          .fill(en.get("security.username"), "kroon")
          .fill(en.get("users.name"), "Someone Else")
          .fill(en.get("users.email"), "else@provider.example")
          .choose(en.get("role.BILLING"))
          .press(en.get("users.create"));
      admin.waitForText(en.get("users.error.taken"));
    }
    try (Browser user = Browser.open(BASE, "en")) {
      user.logInAs(username, temporary, en);
      assertThat(user.heading()).isEqualTo(en.get("password.title"));
      changePassword(user, temporary, "a long walk by the Scheldt", "a long walk by the Scheldt");
      user.waitForText(en.get("password.changed"));
      user.go("/staff/inbox.xhtml");
      assertThat(user.heading()).isEqualTo(en.get("inbox.title"));
    }
  }

  private void changePassword(Browser user, String current, String next, String repeated) {
    user.fill(en.get("password.current"), current)
        .fill(en.get("password.next"), next)
        .fill(en.get("password.repeat"), repeated)
        .press(en.get("password.change"));
  }

  @Test
  void aLanguagePickedWithALinkStaysAndPagesWithoutAFormCreateNoSession() throws Exception {
    Bundle fr = new Bundle("fr");
    try (Browser visitor = Browser.open(BASE, "nl")) {
      visitor.go("/");
      assertThat(visitor.pageLanguage()).isEqualTo("nl");
      visitor.follow("FR");
      assertThat(visitor.pageLanguage()).isEqualTo("fr");
      assertThat(visitor.heading()).isEqualTo(fr.get("intake.title"));
      visitor.go("/login.xhtml");
      assertThat(visitor.heading()).isEqualTo(fr.get("login.title"));
    }
    HttpResponse<String> notFound = get("/no-such-page.xhtml");
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void theSessionIdChangesAtLogin() {
    try (Browser user = Browser.open(BASE, "en")) {
      user.go("/login.xhtml");
      String before = user.cookie("JSESSIONID").getValue();
      user.logInAs("support", ADMIN_PASSWORD, en);
      assertThat(user.cookie("JSESSIONID").getValue()).isNotEqualTo(before);
    }
  }

  @Test
  void anOversizedFormIsAnsweredWithAPageThatSaysSoAndStoresNothing() throws Exception {
    long before = queryLong("SELECT COUNT(*) FROM request WHERE 1 = ?", 1);
    HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String formPage = send(http, "/index.xhtml?lang=en", null).body();
    HttpResponse<String> refused =
        send(
            http,
            "/index.xhtml",
            form(
                "intake", "intake",
                "intake:name", "Huge",
                "intake:email", "huge@example.org",
                "intake:organisation", "Acme",
                "intake:right", "ACCESS",
                "intake:description", "x".repeat(1_200_000),
                "intake:submit", en.get("intake.submit"),
                "jakarta.faces.ViewState", viewState(formPage)));
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body())
        .contains(en.get("error.413.title"))
        .doesNotContainIgnoringCase("payara");
    assertThat(queryLong("SELECT COUNT(*) FROM request WHERE 1 = ?", 1)).isEqualTo(before);
  }

  @Test
  void aPostWithoutOrWithAForgedViewStateChangesNothing() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String loginPage = send(http, "/login.xhtml", null).body();
    send(
        http,
        "/login.xhtml",
        form(
            "login", "login",
            "login:username", "support",
            "login:password", ADMIN_PASSWORD,
            "login:continueTo", "",
            "login:submit", "Log in",
            "jakarta.faces.ViewState", viewState(loginPage),
            "primefaces.nonce", formNonce(loginPage)));
    String reference = Api.reference(postJson("csrf@example.org"));
    long requestId = queryLong("SELECT id FROM request WHERE reference = ?", reference);
    long acmeId = queryLong("SELECT id FROM customer WHERE name = ?", "Acme Retail NV");
    HttpResponse<String> shown = send(http, "/staff/request.xhtml?id=" + requestId, null);
    String page = shown.body();
    assertThat(page).contains(reference);
    String genuine = viewState(page);

    for (String state : new String[] {null, "-123456789:987654321", genuine + "1"}) {
      String[] fields = {
        "forwardForm", "forwardForm",
        "forwardForm:customer", String.valueOf(acmeId),
        "forwardForm:forward", "Forward"
      };
      if (state != null) {
        fields =
            java.util.stream.Stream.concat(
                    java.util.Arrays.stream(fields),
                    java.util.stream.Stream.of("jakarta.faces.ViewState", state))
                .toArray(String[]::new);
      }
      HttpResponse<String> refused =
          send(http, "/staff/request.xhtml?id=" + requestId, form(fields));
      // no script, so no nonce either: still our own page, not the server's
      assertThat(refused.body())
          .as("page after a POST with view state " + state)
          .doesNotContainIgnoringCase("payara")
          .doesNotContain("CspException", "Missing CSP nonce");
      assertThat(queryString("SELECT status FROM request WHERE id = ?", requestId))
          .as("after a POST with view state " + state)
          .isEqualTo("RECEIVED");
    }

    // the same form posted with the page's own view state (and the nonce its script adds) does
    // forward, after its search, choice and confirmation: the refusals above were the CSRF check
    String path = "/staff/request.xhtml?id=" + requestId;
    HttpResponse<String> searched =
        send(
            http,
            path,
            form(
                "forwardForm",
                "forwardForm",
                "forwardForm:search",
                "Acme Retail",
                "forwardForm:searchButton",
                en.get("forward.searchButton"),
                "jakarta.faces.ViewState",
                genuine,
                "primefaces.nonce",
                scriptNonce(shown)));
    HttpResponse<String> chosen =
        send(
            http,
            path,
            form(
                "forwardForm",
                "forwardForm",
                chooseButton(searched.body(), "Acme Retail NV"),
                "Acme Retail NV",
                "jakarta.faces.ViewState",
                viewState(searched.body()),
                "primefaces.nonce",
                scriptNonce(searched)));
    assertThat(queryString("SELECT status FROM request WHERE id = ?", requestId))
        .as("chosen, not yet confirmed")
        .isEqualTo("RECEIVED");
    send(
        http,
        path,
        form(
            "forwardForm",
            "forwardForm",
            "forwardForm:forward",
            "x",
            "jakarta.faces.ViewState",
            viewState(chosen.body()),
            "primefaces.nonce",
            scriptNonce(chosen)));
    assertThat(queryString("SELECT status FROM request WHERE id = ?", requestId))
        .isEqualTo("FORWARDED");
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertCarriesTheBasePolicy(page);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(page.headers().map())
        .doesNotContainKeys("Server", "server", "X-Powered-By", "x-powered-by");
    assertThat(page.body()).doesNotContain(";jsessionid");
    assertThat(page.headers().allValues("Set-Cookie"))
        .allSatisfy(
            cookie -> assertThat(cookie.toLowerCase()).contains("httponly", "samesite=lax"));

    HttpResponse<String> login = get("/staff/inbox.xhtml");
    assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");

    HttpResponse<String> api = get("/api/v1/requests");
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertCarriesTheBasePolicy(api);
    assertCarriesTheBasePolicy(get("/no-such-page.xhtml"));
    assertCarriesTheBasePolicy(get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
    assertCarriesTheBasePolicy(get("/favicon.svg"));
    // too large: 413 from a filter
    assertCarriesTheBasePolicy(
        Api.submitLarge(BASE, "{\"description\":\"" + "x".repeat(70_000) + "\"}"));
    assertCarriesTheBasePolicy(
        send(
            HttpClient.newHttpClient(),
            "/index.xhtml",
            form("intake", "intake", "intake:description", "x".repeat(1_100_000))));
  }

  @Test
  void forwardedHeadersCountOnlyFromATrustedProxy() throws Exception {
    String forwarded =
        "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.77\r\n"
            + "X-Forwarded-Host: portal.example.eu\r\n";
    // 127.0.0.2 is no trusted proxy (the tests' configuration trusts 127.0.0.1): its headers count
    // for nothing
    String untrusted = rawGet("127.0.0.2", "/login.xhtml", forwarded);
    assertThat(untrusted).startsWith("HTTP/1.1 200");
    assertThat(untrusted.toLowerCase()).doesNotContain("strict-transport-security");
    assertThat(setCookies(untrusted))
        .isNotEmpty()
        .noneMatch(c -> c.toLowerCase().contains("secure"));
    // 127.0.0.1 is: the request was HTTPS at the proxy
    String trusted = rawGet("127.0.0.1", "/login.xhtml?lang=en", forwarded);
    assertThat(trusted)
        .startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Strict-Transport-Security:");
    assertThat(setCookies(trusted))
        .anyMatch(c -> c.startsWith("JSESSIONID="))
        .anyMatch(c -> c.startsWith("lang="))
        .allSatisfy(c -> assertThat(c.toLowerCase()).contains("; secure"));

    // the client's address in the audit trail: the peer's own when untrusted, the named client's
    // behind the trusted proxy
    assertThat(submittedFromAddress("127.0.0.2", forwarded)).isEqualTo("127.0.0.2");
    assertThat(submittedFromAddress("127.0.0.1", forwarded)).isEqualTo("203.0.113.77");
    // a trusted proxy's own request (no forwarded header), over IPv6: its address as RFC 5952
    // writes it, not as Java does (0:0:0:0:0:0:0:1)
    assertThat(submittedFromAddress("::1", "")).isEqualTo("::1");
  }

  /** Sends a request over the API from the local address; the address its audit entry records. */
  private static String submittedFromAddress(String from, String headers) throws Exception {
    String json =
        Api.requestJson("Proxy Test", "proxy@example.org", "Acme", "ACCESS", "test", "en");
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String head =
        raw(
            from,
            "POST /api/v1/requests HTTP/1.1\r\nHost: localhost\r\n"
                + headers
                + "Content-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n"
                + json);
    assertThat(head).startsWith("HTTP/1.1 201");
    Matcher location = Pattern.compile("(?i)\r\nLocation: [^\r]*ref=(DSR-[0-9-]+)").matcher(head);
    assertThat(location.find()).as(head).isTrue();
    long id = queryLong("SELECT id FROM request WHERE reference = ?", location.group(1));
    return queryString(
        "SELECT client_ip FROM audit_entry WHERE action = 'REQUEST_SUBMITTED' AND object_id = ?",
        String.valueOf(id));
  }

  @Test
  void redirectsNeverTakeTheirHostFromTheRequest() throws Exception {
    for (String path : new String[] {"/staff", "/admin", "/intake"}) {
      String answer = rawGet("127.0.0.2", path, "Host: evil.example\r\n", false);
      assertThat(answer).as(path).startsWith("HTTP/1.1 30").doesNotContain("evil.example");
      assertThat(answer).as(path).containsPattern("(?i)\r\nLocation: /");
    }
    // a redirect by the portal itself (an anonymous POST to a protected page goes to the page)
    String post =
        rawPost(
            "127.0.0.2",
            "/staff/inbox.xhtml",
            "Host: evil.example\r\n",
            form("inbox", "inbox", "jakarta.faces.ViewState", "-1:2"));
    assertThat(post).doesNotContain("evil.example").containsPattern("(?i)\r\nLocation: /");
  }

  @Test
  void noFrameworkVersionsOrServerFiguresArePublic() throws Exception {
    assertThat(get("/metrics").statusCode()).isIn(403, 404);
    assertThat(get("/metrics/base").statusCode()).isIn(403, 404);
    assertThat(get("/api/application.wadl").statusCode()).isEqualTo(404);
    assertThat(get("/openapi").statusCode()).isEqualTo(200);
    String page = get("/").body();
    assertThat(page).contains("jakarta.faces.resource/").doesNotContainPattern("v=\\d+\\.\\d+");
    // two error pages a visitor without a login meets: a page not found, a form too large (413)
    Map<String, HttpResponse<String>> errors =
        Map.of(
            "/no-such-page.xhtml",
            get("/no-such-page.xhtml"),
            "/index.xhtml (1.2 MB)",
            send(
                HttpClient.newHttpClient(),
                "/index.xhtml",
                form("intake:description", "x".repeat(1_200_000))));
    for (Map.Entry<String, HttpResponse<String>> each : errors.entrySet()) {
      String path = each.getKey();
      HttpResponse<String> error = each.getValue();
      assertThat(error.statusCode()).as(path).isIn(404, 413);
      Matcher scripts = Pattern.compile("(?s)<script[^>]*>(.*?)</script>").matcher(error.body());
      while (scripts.find()) {
        assertThat(scripts.group(1))
            .as(path)
            .doesNotContain("/WEB-INF", "Exception", "jakarta.", "/errors/4");
      }
      assertThat(error.body())
          .as(path)
          .doesNotContain("/WEB-INF/")
          .contains("href=\"/index.xhtml?lang=fr\"");
    }
    // asked for directly, an error page is refused (its empty auth-constraint: 403, shown as 404)
    HttpResponse<String> direct = get("/errors/500.xhtml");
    assertThat(direct.statusCode()).isIn(403, 404);
    assertThat(direct.body()).contains(en.get("error.404.title"));
  }

  @Test
  void anExpiredPageAnAnonymousPostAndATamperedIdAreNoServerError() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    HttpResponse<String> expired =
        send(
            http,
            "/index.xhtml?lang=en",
            form("intake", "intake", "intake:name", "x", "jakarta.faces.ViewState", "-1:2"));
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.body())
        .contains(en.get("error.expired.title"), "href=\"/index.xhtml?lang=en\"");
    assertCarriesTheBasePolicy(expired);

    HttpResponse<String> anonymous =
        send(
            HttpClient.newHttpClient(),
            "/staff/request.xhtml?id=1",
            form("forwardForm", "forwardForm", "jakarta.faces.ViewState", "-1:2"));
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/staff/request.xhtml?id=1");
    assertCarriesTheBasePolicy(anonymous);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", ADMIN_PASSWORD, en);
      for (String tampered :
          new String[] {
            "/staff/request.xhtml?id=abc",
            "/staff/request.xhtml?id=99999999999999999999",
            "/staff/request.xhtml?id=-5"
          }) {
        staff.go(tampered);
        assertThat(staff.heading()).as(tampered).isEqualTo(en.get("error.404.title"));
      }
    }
  }

  @Test
  void pagesRunOnlyScriptsCarryingTheirOwnNonce() throws Exception {
    for (String path : new String[] {"/", "/login.xhtml", "/no-such-page.xhtml"}) {
      HttpResponse<String> page = get(path);
      assertThat(page.headers().allValues("Content-Security-Policy"))
          .as(path)
          .noneMatch(
              policy ->
                  policy.matches("(?s).*(script-src|default-src)[^;]*'unsafe-inline'.*")
                      || policy.contains("'unsafe-eval'"));
      String nonce = scriptNonce(page);
      Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page.body());
      int count = 0;
      while (scripts.find()) {
        assertThat(scripts.group()).as(path).contains("nonce=\"" + nonce + "\"");
        count++;
      }
      assertThat(count).as("scripts on " + path).isPositive();
      assertThat(page.body()).as(path).doesNotContainPattern("\\son[a-z]+=");
      assertThat(scriptNonce(get(path))).as("a new nonce for every response").isNotEqualTo(nonce);
    }
  }

  @Test
  void theBrowserRefusesAnInjectedScriptButTheFormTheInboxFilterAndTheForwardSearchWork()
      throws Exception {
    try (Browser subject = Browser.open(BASE, "en")) {
      subject.go("/");
      subject.insertInlineScript("window.xss = true;");
      assertThat(subject.injectedScriptRan()).isFalse();
      assertThat(subject.contentSecurityPolicyViolations())
          .as("the refused script, reported: so an empty report below means none was refused")
          .isNotEmpty();

      // a postback shown again (with the errors) must carry the page's nonce back
      subject.press(en.get("intake.submit"));
      subject.waitForText(en.get("intake.name.required"));
      subject.submitRequest(
          en,
          "Csp Test",
          "csp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
          "Acme",
          DataSubjectRight.ACCESS,
          "Which data do you hold?");
      assertThat(subject.heading()).isEqualTo(en.get("confirmation.title"));
      assertThat(subject.contentSecurityPolicyViolations()).isEmpty();
    }

    String received = Api.reference(postJson("csp-received@example.org"));
    String forwarded = Api.reference(postJson("csp-forwarded@example.org"));
    long forwardedId = queryLong("SELECT id FROM request WHERE reference = ?", forwarded);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", ADMIN_PASSWORD, en);
      staff
          .go("/staff/request.xhtml?id=" + forwardedId)
          .forwardTo(en, "Acme Retail", "Acme Retail NV");
      staff.follow(en.get("nav.inbox"));
      assertThat(staff.text(By.id("inbox:requests"))).contains(received).doesNotContain(forwarded);
      staff.select(en.get("inbox.status"), en.get("status.FORWARDED"));
      staff.waitForText(forwarded);
      assertThat(staff.text(By.id("inbox:requests"))).doesNotContain(received);
      assertThat(staff.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  @Test
  void storedScriptPayloadsAreShownAsTextToStaffAndCustomerAndNeverRun() throws Exception {
    String name = "<script>window.xss=true</script>";
    String organisation = "\"><img src=x onerror=\"window.xss=true\">";
    String description =
        "#{7*7} ${7*7} javascript:window.xss=true <b onmouseover=window.xss=true>x</b>";
    HttpResponse<String> created =
        Api.submit(
            BASE,
            Api.requestJson(name, "xss@example.org", organisation, "ACCESS", description, "en"),
            null);
    assertThat(created.statusCode()).isEqualTo(201);
    String reference = Api.reference(created);
    TestDatabase.markVerified(reference);

    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", ADMIN_PASSWORD, en);
      assertThat(staff.text()).contains(organisation);
      assertThat(staff.injectedScriptRan()).isFalse();
      staff.follow(reference);
      assertThat(staff.text()).contains(name, organisation, description);
      assertThat(staff.injectedScriptRan()).isFalse();
      staff.forwardTo(en, "Acme Retail", "Acme Retail NV");
    }
    try (Browser customer = Browser.open(BASE, "en")) {
      customer.logInAs("acme", ADMIN_PASSWORD, en);
      customer.follow(reference);
      assertThat(customer.text()).contains(name, description);
      assertThat(customer.injectedScriptRan()).isFalse();
    }
  }

  @Test
  void administratorsFilterTheTrailForDeniedAccessCheckTheChainAndExportIt() throws Exception {
    String reference =
        Api.reference(
            postJson("audit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org"));
    long requestId = queryLong("SELECT id FROM request WHERE reference = ?", reference);
    try (Browser staff = Browser.open(BASE, "en")) {
      staff.logInAs("support", ADMIN_PASSWORD, en);
      staff
          .go("/staff/request.xhtml?id=" + requestId)
          .forwardTo(en, "Acme Retail", "Acme Retail NV");
    }
    try (Browser kroon = Browser.open(BASE, "en")) {
      kroon.logInAs("kroon", ADMIN_PASSWORD, en);
      kroon.go("/customer/request.xhtml?id=" + requestId);
      assertThat(kroon.heading()).isEqualTo(en.get("error.404.title"));
    }

    try (Browser admin = Browser.open(BASE, "en")) {
      admin.logInAs(TestDatabase.createAdministrator("admin", ADMIN_PASSWORD), ADMIN_PASSWORD, en);
      admin.follow(en.get("hub.nav.admin")).follow(en.get("nav.audit"));
      admin.press(en.get("audit.chain.verify"));
      admin.waitForText(en.get("audit.chain.intact").split("\\{0\\}")[0]);

      admin.fill(en.get("audit.actor"), "kroon").choose(en.get("audit.deniedOnly"));
      admin.press(en.get("audit.search"));
      admin.waitForText(String.valueOf(requestId));
      assertThat(admin.text(By.id("entries")))
          .contains(en.get("audit.action.REQUEST_VIEWED"), en.get("audit.outcome.DENIED"))
          .doesNotContain(en.get("audit.outcome.GRANTED"));

      String href = admin.all(By.linkText(en.get("audit.csv"))).get(0).getDomAttribute("href");
      HttpResponse<String> csv = admin.download(href);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertCarriesTheBasePolicy(csv);
      assertThat(csv.body())
          .contains("\"kroon\";\"REQUEST_VIEWED\";\"Request\";\"" + requestId + "\";DENIED")
          .doesNotContain("GRANTED");
    }
  }

  @Test
  void errorPagesAreFriendlyLocalisedAndCarryACorrelationIdButNoServerDetails() throws Exception {
    Bundle nl = new Bundle("nl");
    try (Browser visitor = Browser.open(BASE, "nl")) {
      visitor.go("/no-such-page.xhtml");
      assertThat(visitor.heading()).isEqualTo(nl.get("error.404.title"));
      assertThat(visitor.text(By.id("correlationId"))).matches("[0-9a-f]{12}");

      visitor.logInAs("billing", ADMIN_PASSWORD, nl);
      visitor.go("/staff/billing/invoice-file?id=1&type=never");
      assertThat(visitor.heading()).isEqualTo(nl.get("error.400.title"));
      assertThat(visitor.text(By.id("correlationId"))).matches("[0-9a-f]{12}");
      assertThat(visitor.pageSource())
          .doesNotContainIgnoringCase("payara")
          .doesNotContain("at eu.dsrportal", "at java.", "Caused by", "NumberFormat");
    }
  }

  @Test
  void noPageWritesUnescapedOutput() throws Exception {
    try (var pages = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      assertThat(
              pages
                  .filter(p -> p.toString().endsWith(".xhtml"))
                  .filter(p -> read(p).replace(" ", "").contains("escape=\"false\""))
                  .toList())
          .isEmpty();
    }
  }

  @Test
  void noPageHasScriptsOrEventHandlersOfItsOwn() throws Exception {
    // the nonce is PrimeFaces': only what it renders (p:ajax, its widgets) carries it. f:ajax is
    // Faces' own ajax, which knows nothing of the nonce; handlers and scripts belong in files.
    Pattern inline = Pattern.compile("\\son[a-z]+\\s*=|<script|javascript:|<f:ajax|<h:commandLink");
    try (var pages = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      assertThat(
              pages
                  .filter(p -> p.toString().endsWith(".xhtml"))
                  .flatMap(
                      p -> inline.matcher(read(p)).results().map(m -> p + ": " + m.group().trim()))
                  .toList())
          .isEmpty();
    }
  }

  private static void assertCarriesTheBasePolicy(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .as(response.uri().toString())
        .hasValue("same-origin");
    assertThat(response.headers().firstValue("Permissions-Policy"))
        .as(response.uri().toString())
        .hasValueSatisfying(
            p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .as(response.uri().toString())
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .contains(
                        "default-src 'self'",
                        "img-src 'self' data:",
                        "connect-src 'self'",
                        "object-src 'none'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self'"));
  }

  /** The nonce of the response's script policy, which must be PrimeFaces' nonce mode. */
  private static String scriptNonce(HttpResponse<String> response) {
    List<String> scriptPolicies =
        response.headers().allValues("Content-Security-Policy").stream()
            .filter(policy -> policy.contains("script-src"))
            .toList();
    assertThat(scriptPolicies).as("script policies of " + response.uri()).hasSize(1);
    Matcher nonce =
        Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)';?$")
            .matcher(scriptPolicies.get(0).trim());
    assertThat(nonce.find()).as(scriptPolicies.get(0)).isTrue();
    return nonce.group(1);
  }

  private static String read(java.nio.file.Path path) {
    try {
      return java.nio.file.Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void attemptLogin(Browser browser, String username, String password) {
    Bundle en = new Bundle("en");
    browser.go("/login.xhtml");
    browser.fill(en.get("login.username"), username).fill(en.get("login.password"), password);
    browser.press(en.get("login.submit"));
    browser.waitForText(en.get("login.failed"));
  }

  /** A GET sent from the given local address (127.0.0.2 is loopback too, but no trusted proxy). */
  private static String rawGet(String from, String path, String headers) throws Exception {
    return rawGet(from, path, headers, true);
  }

  private static String rawGet(String from, String path, String headers, boolean withHost)
      throws Exception {
    return raw(
        from,
        "GET "
            + path
            + " HTTP/1.1\r\n"
            + (withHost ? "Host: localhost\r\n" : "")
            + headers
            + "Connection: close\r\n\r\n");
  }

  private static String rawPost(String from, String path, String headers, String form)
      throws Exception {
    byte[] body = form.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return raw(
        from,
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + headers
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n"
            + form);
  }

  private static String raw(String from, String request) throws Exception {
    try (java.net.Socket socket =
        new java.net.Socket(
            java.net.InetAddress.getByName(from.contains(":") ? "::1" : "127.0.0.1"),
            PortalConfig.STANDARD.port(),
            java.net.InetAddress.getByName(from),
            0)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      return end < 0 ? answer : answer.substring(0, end + 2); // the head is what the tests read
    }
  }

  private static List<String> setCookies(String head) {
    return head.lines()
        .filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11))
        .map(l -> l.substring(11).trim())
        .toList();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(BASE + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A request sent by the API and confirmed by its subject, so it is in the staff inbox. */
  private static HttpResponse<String> postJson(String email) throws Exception {
    HttpResponse<String> created =
        Api.submit(BASE, Api.requestJson("Csrf Test", email, "Acme", "ACCESS", "test", "en"), null);
    TestDatabase.markVerified(Api.reference(created));
    return created;
  }

  private static HttpResponse<String> send(HttpClient http, String path, String form)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
    if (form != null) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(
              java.net.URLEncoder.encode(
                  namesAndValues[i], java.nio.charset.StandardCharsets.UTF_8))
          .append('=')
          .append(
              java.net.URLEncoder.encode(
                  namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** The name of the button choosing that customer in the forward form's list. */
  static String chooseButton(String page, String customerName) {
    Matcher button =
        Pattern.compile(
                "name=\"(forwardForm:(?:results|suggestions):\\d+:choose)\"[^>]*value=\""
                    + Pattern.quote(customerName)
                    + "\"")
            .matcher(page);
    assertThat(button.find()).as("a button choosing " + customerName).isTrue();
    return button.group(1);
  }

  private static String viewState(String page) {
    var m =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertThat(m.find()).as("a view state in the page").isTrue();
    return m.group(1);
  }

  /** The script nonce the server writes into each form (PostbackIT has the rest). */
  private static String formNonce(String page) {
    var m =
        java.util.regex.Pattern.compile(
                "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"([^\"]+)\"")
            .matcher(page);
    assertThat(m.find()).as("a nonce in the form").isTrue();
    return m.group(1);
  }

  private static long queryLong(String sql, Object parameter) throws Exception {
    return Long.parseLong(queryString(sql, parameter));
  }

  private static String queryString(String sql, Object parameter) throws Exception {
    try (Connection c =
            DriverManager.getConnection(System.getProperty("it.db.url"), "root", "dev");
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (var rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static void createSupportUser(String username, String password) throws Exception {
    TestDatabase.createUser(username, password, "SUPPORT", null);
  }
}
