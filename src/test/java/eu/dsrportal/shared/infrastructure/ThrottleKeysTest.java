package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sender's many names count as one (issue 9). */
class ThrottleKeysTest {

  @ParameterizedTest
  @CsvSource({
    "name@example.org, name@example.org",
    "Name@Example.ORG, name@example.org",
    "' name@example.org ', name@example.org",
    "name+1@example.org, name@example.org",
    "NAME+News+2@example.org, name@example.org",
    "first.last+x@example.org, first.last@example.org",
    "+tag@example.org, +tag@example.org",
    "a+b@c+d.example.org, a@c+d.example.org",
  })
  void subAddressesCountAsTheirMailbox(String email, String mailbox) {
    assertThat(ThrottleKeys.mailbox(email)).isEqualTo(mailbox);
  }

  @Test
  void theSubAddressesOfOneMailboxShareOneLimit() {
    RateLimiter perEmail = new RateLimiter(2, java.time.Duration.ofDays(1));
    assertThat(perEmail.tryAcquire(ThrottleKeys.mailbox("victim@example.org"))).isTrue();
    assertThat(perEmail.tryAcquire(ThrottleKeys.mailbox("victim+1@example.org"))).isTrue();
    assertThat(perEmail.tryAcquire(ThrottleKeys.mailbox("Victim+2@example.org"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64",
    "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2::/64",
    "2001:0DB8:0001:0002::1, 2001:db8:1:2::/64",
    "[2001:db8:1:2::7], 2001:db8:1:2::/64",
    "fe80::1%eth0, fe80:0:0:0::/64",
    "0:0:0:0:0:0:0:1, 0:0:0:0::/64",
    "::1, 0:0:0:0::/64",
  })
  void ipv6ClientsCountByTheirSlash64(String address, String network) {
    assertThat(ThrottleKeys.network(address)).isEqualTo(network);
  }

  @Test
  void otherSlash64NetworksAreCountedApart() {
    assertThat(ThrottleKeys.network("2001:db8:1:3::1"))
        .isNotEqualTo(ThrottleKeys.network("2001:db8:1:2::1"));
  }

  @ParameterizedTest
  @CsvSource({
    "192.0.2.7, 192.0.2.7",
    "' 192.0.2.7 ', 192.0.2.7",
    "::ffff:192.0.2.7, 192.0.2.7",
    "0:0:0:0:0:ffff:c000:0207, 192.0.2.7",
    "[::ffff:192.0.2.7], 192.0.2.7",
  })
  void ipv4ClientsCountByTheirAddressAlsoWhenMapped(String address, String network) {
    assertThat(ThrottleKeys.network(address)).isEqualTo(network);
  }

  @Test
  void neighbouringIpv4AddressesAreCountedApart() {
    assertThat(ThrottleKeys.network("192.0.2.8")).isNotEqualTo(ThrottleKeys.network("192.0.2.7"));
  }

  @Test
  void textThatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
    assertThat(ThrottleKeys.network("unknown")).isEqualTo("unknown");
    assertThat(ThrottleKeys.network("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
  }
}
