package eu.dsrportal.shared.infrastructure;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's address as people write it: IPv6 in the canonical text of RFC 5952 (lower case, no
 * leading zeros, the longest run of zero groups as "::"), so that the audit trail shows "::1" and
 * "2001:db8::7", not Java's "0:0:0:0:0:0:0:1". Anything else (IPv4, a zone-scoped address, text
 * that is no IP literal) is kept as it is. Also the one parse of an address's text ({@link
 * #literal}) for the forwarded headers and the throttles' keys.
 */
public final class IpAddresses {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private IpAddresses() {}

  /**
   * An IP literal, never a name: only text made of an address's characters reaches {@link
   * InetAddress#getByName}, which then parses it and looks nothing up. No brackets, no zone.
   */
  public static Optional<InetAddress> literal(String address) {
    if (address == null || !(IPV4.matcher(address).matches() || IPV6.matcher(address).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(address));
    } catch (UnknownHostException | SecurityException notAnAddress) {
      return Optional.empty();
    }
  }

  public static String canonical(String address) {
    if (address == null || !address.contains(":") || address.contains("%")) {
      return address;
    }
    return literal(address).map(IpAddresses::canonical).orElse(address);
  }

  /** An address's text: IPv4 as dotted decimals, IPv6 as RFC 5952 writes it. */
  public static String canonical(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address.getHostAddress(); // also an IPv4-mapped address: its IPv4 text
    }
    byte[] bytes = address.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    // the longest run of two or more zero groups, the first of equally long ones
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && groups[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }
}
