package eu.dsrportal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Client addresses in the canonical text of RFC 5952 (its section 4 and examples). */
class IpAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "0:0:0:0:0:0:0:1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "1:0:0:0:0:0:0:0, 1::",
    "2001:0DB8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
    "2001:db8:0:0:0:0:0:7, 2001:db8::7",
    // the longest run is shortened; of two equally long ones, the first
    "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    // one zero group alone is not shortened
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:db8::1, 2001:db8::1",
    // IPv4, an IPv4-mapped address, a zone, no literal at all: as they are, or as IPv4
    "198.51.100.23, 198.51.100.23",
    "::ffff:198.51.100.23, 198.51.100.23",
    "fe80::1%eth0, fe80::1%eth0",
    "unknown, unknown",
  })
  void writesIpv6AsRfc5952Does(String address, String canonical) {
    assertThat(IpAddresses.canonical(address)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource({"198.51.100.23", "::1", "2001:DB8::7", "::ffff:198.51.100.23"})
  void readsAddressLiterals(String address) {
    assertThat(IpAddresses.literal(address)).isPresent();
  }

  /**
   * Names are never looked up: "localhost" would resolve, and a name in a header costs a DNS query.
   */
  @ParameterizedTest
  @CsvSource({"localhost", "example.org", "unknown", "[::1]", "fe80::1%eth0", "1.2.3", "''"})
  void readsNothingElse(String text) {
    assertThat(IpAddresses.literal(text)).isEmpty();
  }
}
