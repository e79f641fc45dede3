package eu.dsrportal.shared.infrastructure;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a request's forwarded headers say about the client: its address, the scheme and the host it
 * asked for. Believed only when the TCP peer is one of the trusted proxies (addresses or CIDR
 * ranges, {@code http.trusted-proxies}); from anyone else they are ignored, since any client can
 * send them. {@code Forwarded} (RFC 7239) is read when present, else {@code X-Forwarded-For},
 * {@code -Proto} and {@code -Host}. Of a list of addresses the client is the right-most one that is
 * not itself a trusted proxy: what lies left of it was written by the client and proves nothing.
 * Pure, so the rule is the same for the request filter and {@link ClientAddress}.
 */
public final class ForwardedHeaders {
  private static final Pattern HOST =
      Pattern.compile(
          "([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

  private final List<Range> trusted;

  private ForwardedHeaders(List<Range> trusted) {
    this.trusted = trusted;
  }

  /** From a comma- or space-separated list such as {@code 127.0.0.1, 10.0.0.0/8, ::1}. */
  public static ForwardedHeaders trusting(String proxies) {
    List<Range> ranges = new ArrayList<>();
    if (proxies != null) {
      for (String entry : proxies.split("[,\\s]+")) {
        if (!entry.isBlank()) {
          ranges.add(Range.parse(entry.trim()));
        }
      }
    }
    return new ForwardedHeaders(Collections.unmodifiableList(ranges));
  }

  /** Whether the address is one of the trusted proxies. */
  public boolean trusts(String address) {
    return trusted(address).isPresent();
  }

  /** The address, parsed, when it is a trusted proxy's; with none configured nothing is parsed. */
  private Optional<InetAddress> trusted(String address) {
    return trusted.isEmpty() ? Optional.empty() : IpAddresses.literal(address).filter(this::trusts);
  }

  private boolean trusts(InetAddress address) {
    return trusted.stream().anyMatch(r -> r.contains(address));
  }

  /**
   * What the request says, or empty when its peer is not trusted.
   *
   * @param peer the TCP peer's address
   * @param headers a request header by name (its values joined by commas), or null
   */
  public Optional<Forwarded> of(String peer, Function<String, String> headers) {
    Optional<InetAddress> proxy = trusted(peer);
    if (proxy.isEmpty()) {
      return Optional.empty();
    }
    String forwarded = headers.apply("Forwarded");
    List<String> chain;
    String proto;
    String host;
    if (forwarded != null && !forwarded.isBlank()) {
      chain = new ArrayList<>();
      proto = null;
      host = null;
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          int eq = pair.indexOf('=');
          if (eq < 0) {
            continue;
          }
          String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          String value = unquote(pair.substring(eq + 1).trim());
          switch (name) {
            case "for" -> chain.add(value);
            case "proto" -> proto = value;
            case "host" -> host = value;
            default -> {
              // by= and extensions say nothing we use
            }
          }
        }
      }
    } else {
      chain = list(headers.apply("X-Forwarded-For"));
      proto = last(list(headers.apply("X-Forwarded-Proto")));
      host = last(list(headers.apply("X-Forwarded-Host")));
    }
    InetAddress client = proxy.get();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Optional<InetAddress> address = IpAddresses.literal(stripPort(chain.get(i)));
      if (address.isEmpty()) {
        break; // "unknown", an obfuscated name or garbage: nothing further left can be believed
      }
      client = address.get();
      if (!trusts(client)) {
        break;
      }
    }
    String scheme =
        proto == null ? null : proto.toLowerCase(Locale.ROOT).matches("https?") ? proto : null;
    String validHost = host != null && HOST.matcher(host).matches() ? host : null;
    return Optional.of(
        new Forwarded(
            IpAddresses.canonical(client),
            scheme == null ? null : scheme.toLowerCase(Locale.ROOT),
            validHost));
  }

  /** The client's address, scheme ({@code http}/{@code https}, or null) and host (or null). */
  public record Forwarded(String clientAddress, String scheme, String host) {
    public boolean secure() {
      return "https".equals(scheme);
    }
  }

  private static List<String> list(String header) {
    List<String> values = new ArrayList<>();
    if (header != null) {
      for (String value : header.split(",")) {
        if (!value.isBlank()) {
          values.add(value.trim());
        }
      }
    }
    return values;
  }

  private static String last(List<String> values) {
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** {@code 1.2.3.4:80} → {@code 1.2.3.4}; {@code [::1]:80} → {@code ::1}. */
  private static String stripPort(String node) {
    if (node.startsWith("[")) {
      int end = node.indexOf(']');
      return end < 0 ? node : node.substring(1, end);
    }
    int colon = node.indexOf(':');
    return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
  }

  /** One address, or a CIDR range. */
  private record Range(byte[] network, int prefix) {
    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] bytes =
          IpAddresses.literal(address)
              .orElseThrow(
                  () -> new IllegalArgumentException("not an IP address or range: " + entry))
              .getAddress();
      int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(entry.substring(slash + 1));
      if (prefix < 0 || prefix > bytes.length * 8) {
        throw new IllegalArgumentException("not an IP address or range: " + entry);
      }
      return new Range(bytes, prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
