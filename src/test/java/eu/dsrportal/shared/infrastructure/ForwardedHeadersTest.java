package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dsrportal.shared.infrastructure.ForwardedHeaders.Forwarded;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {
  private final ForwardedHeaders proxies = ForwardedHeaders.trusting("10.0.0.5, 172.28.0.0/16 ::1");

  @Test
  void nothingIsBelievedFromAPeerThatIsNoTrustedProxy() {
    assertThat(
            proxies.of(
                "203.0.113.9",
                Map.of("X-Forwarded-For", "1.2.3.4", "X-Forwarded-Proto", "https")::get))
        .isEmpty();
    assertThat(ForwardedHeaders.trusting("").trusts("127.0.0.1")).isFalse();
    assertThat(ForwardedHeaders.trusting(null).trusts("127.0.0.1")).isFalse();
  }

  @Test
  void aTrustedProxyNamesTheClientTheSchemeAndTheHost() {
    assertThat(
            proxies.of(
                "172.28.3.4",
                Map.of(
                        "X-Forwarded-For", "198.51.100.7",
                        "X-Forwarded-Proto", "https",
                        "X-Forwarded-Host", "portal.example.eu")
                    ::get))
        .contains(new Forwarded("198.51.100.7", "https", "portal.example.eu"));
    assertThat(proxies.of("::1", Map.of("X-Forwarded-Proto", "https")::get))
        .hasValueSatisfying(f -> assertThat(f.secure()).isTrue());
  }

  @Test
  void aTrustedProxyThatNamesNoClientIsTheClientWrittenAsPeopleWriteIt() {
    // the container gives the peer as Java writes it; the audit trail shows RFC 5952's text
    assertThat(proxies.of("0:0:0:0:0:0:0:1", Map.<String, String>of()::get))
        .hasValueSatisfying(f -> assertThat(f.clientAddress()).isEqualTo("::1"));
  }

  @Test
  void theClientIsTheRightMostAddressThatIsNoTrustedProxy() {
    // the left-most entry was written by the client: it proves nothing
    assertThat(
            proxies.of(
                "10.0.0.5", Map.of("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 172.28.0.9")::get))
        .hasValueSatisfying(f -> assertThat(f.clientAddress()).isEqualTo("198.51.100.7"));
    assertThat(proxies.of("10.0.0.5", Map.of("X-Forwarded-For", "evil.example")::get))
        .hasValueSatisfying(f -> assertThat(f.clientAddress()).isEqualTo("10.0.0.5"));
  }

  @Test
  void forwardedOfRfc7239IsReadToo() {
    assertThat(
            proxies.of(
                "10.0.0.5",
                Map.of(
                        "Forwarded",
                        "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https;host=portal.example.eu")
                    ::get))
        .contains(new Forwarded("2001:db8::7", "https", "portal.example.eu"));
  }

  @Test
  void onlyHttpOrHttpsAndAPlainHostAreTaken() {
    assertThat(
            proxies.of(
                "10.0.0.5",
                Map.of("X-Forwarded-Proto", "javascript", "X-Forwarded-Host", "a/b@evil")::get))
        .contains(new Forwarded("10.0.0.5", null, null));
  }

  @Test
  void aWrongEntryInTheListIsRefusedAtStart() {
    assertThatThrownBy(() -> ForwardedHeaders.trusting("proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ForwardedHeaders.trusting("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
