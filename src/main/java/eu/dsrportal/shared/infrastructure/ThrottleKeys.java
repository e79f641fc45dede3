package eu.dsrportal.shared.infrastructure;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * The keys rate limits count by, so that one sender's many names count as one: an e-mail address
 * without its sub-address ({@code name+anything@example.org} is {@code name@example.org}, as most
 * mail providers deliver it) and in lower case; an IPv6 client by its /64 prefix (one network, the
 * smallest a provider gives a customer, who can use any of its 2^64 addresses), an IPv4 client by
 * its address (also when written as IPv4-mapped IPv6).
 */
public final class ThrottleKeys {
  private static final int PREFIX_BYTES = 8;

  private ThrottleKeys() {}

  /** The mailbox an address delivers to, as far as can be told without asking its provider. */
  public static String mailbox(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return address;
    }
    String local = address.substring(0, at);
    int plus = local.indexOf('+');
    return plus > 0 ? local.substring(0, plus) + address.substring(at) : address;
  }

  /**
   * The client's network: an IPv4 address as it is, an IPv6 address as its /64 prefix ({@code
   * 2001:db8:1:2::/64}). Text that is not an IP address literal (never the case for a TCP peer) is
   * returned as it is; it is never looked up in DNS.
   */
  public static String network(String clientAddress) {
    String literal = clientAddress.strip();
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!literal.contains(":")) {
      return literal;
    }
    InetAddress address = IpAddresses.literal(literal).orElse(null);
    if (address instanceof Inet4Address) {
      return address.getHostAddress();
    }
    if (address instanceof Inet6Address) {
      byte[] bytes = address.getAddress();
      if (isIpv4Mapped(bytes)) {
        return (bytes[12] & 0xff)
            + "."
            + (bytes[13] & 0xff)
            + "."
            + (bytes[14] & 0xff)
            + "."
            + (bytes[15] & 0xff);
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < PREFIX_BYTES; i += 2) {
        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        prefix.append(':');
      }
      return prefix.append(":/64").toString();
    }
    return literal;
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
