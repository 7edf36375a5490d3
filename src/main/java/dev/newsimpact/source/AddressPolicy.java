package dev.newsimpact.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which URLs the web source may fetch: only http and https, and only hosts whose every address is
 * public. A URL list or a redirect may be hostile, and without this a page could make us read a
 * cloud metadata service or an intranet admin page and print it.
 *
 * <p>Two tiers. Loopback, private (10/8, 172.16/12, 192.168/16), link-local, CGNAT (100.64/10) and
 * unique-local (fc00::/7) addresses are refused unless private networks are allowed, which a user
 * does on purpose for a local server (and tests do for theirs). Cloud metadata services, the
 * unspecified address, multicast, broadcast and reserved space are refused always: nothing a
 * newsreader wants lives there. IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4)
 * are judged as the IPv4 address they carry. Immutable and thread-safe.
 */
final class AddressPolicy {

  /** What is wrong with an address, for the error message; null when it may be fetched. */
  enum Refusal {
    PRIVATE("a private or local network address"),
    METADATA("a cloud metadata service address"),
    UNROUTABLE("not a public unicast address");

    private final String description;

    Refusal(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  /** fd00:ec2::254, the AWS metadata service over IPv6. */
  private static final byte[] AWS_METADATA_V6 = {
    (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
  };

  private final Predicate<InetAddress> privateAllowed;

  /** Refuses private addresses, or allows them all. */
  AddressPolicy(boolean allowPrivate) {
    this(address -> allowPrivate);
  }

  /** Allows the private addresses {@code privateAllowed} accepts (tests: loopback only). */
  AddressPolicy(Predicate<InetAddress> privateAllowed) {
    this.privateAllowed = privateAllowed;
  }

  /** Null when the scheme may be fetched, else why not. */
  static String schemeProblem(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "not an absolute URL";
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return "a " + lower + ": URL (only http and https are fetched)";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "a URL without a host";
    }
    return null;
  }

  /** Null when this policy lets us connect to {@code address}, else the reason it does not. */
  Refusal refusal(InetAddress address) {
    Refusal refusal = classify(address);
    return refusal == Refusal.PRIVATE && privateAllowed.test(address) ? null : refusal;
  }

  /** The tier of an address regardless of this policy's setting; null for a public address. */
  static Refusal classify(InetAddress address) {
    if (address instanceof Inet6Address six) {
      byte[] embedded = embeddedIpv4(six.getAddress());
      return embedded != null ? classify4(embedded) : classify6(six.getAddress());
    }
    return classify4(address.getAddress());
  }

  private static Refusal classify4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    int b2 = a[2] & 0xff;
    int b3 = a[3] & 0xff;
    if ((b0 == 169 && b1 == 254 && b2 == 169 && b3 == 254) // AWS, GCP, Azure, OpenStack...
        || (b0 == 100 && b1 == 100 && b2 == 100 && b3 == 200)) { // Alibaba Cloud
      return Refusal.METADATA;
    }
    if (b0 == 0 || b0 >= 224 // "this network", multicast, reserved, broadcast
        || (b0 == 192 && b1 == 0 && b2 == 0) // IETF protocol assignments
        || (b0 == 198 && (b1 & 0xfe) == 18)) { // benchmarking
      return Refusal.UNROUTABLE;
    }
    if (b0 == 127
        || b0 == 10
        || (b0 == 172 && (b1 & 0xf0) == 16)
        || (b0 == 192 && b1 == 168)
        || (b0 == 169 && b1 == 254)
        || (b0 == 100 && (b1 & 0xc0) == 64)) {
      return Refusal.PRIVATE;
    }
    return null;
  }

  private static Refusal classify6(byte[] a) {
    if (Arrays.equals(a, AWS_METADATA_V6)) {
      return Refusal.METADATA;
    }
    if (isZero(a, 0, 15) && (a[15] == 0 || a[15] == 1)) {
      return a[15] == 1 ? Refusal.PRIVATE : Refusal.UNROUTABLE; // ::1 loopback, :: unspecified
    }
    int first = a[0] & 0xff;
    int second = a[1] & 0xff;
    if (first == 0xff) {
      return Refusal.UNROUTABLE; // multicast
    }
    if ((first & 0xfe) == 0xfc // unique-local fc00::/7
        || (first == 0xfe && (second & 0xc0) == 0x80) // link-local fe80::/10
        || (first == 0xfe && (second & 0xc0) == 0xc0)) { // site-local fec0::/10, deprecated
      return Refusal.PRIVATE;
    }
    return null;
  }

  /**
   * The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64) or 2002:ab:cd::
   * (6to4), else null. Java already turns most mapped forms into Inet4Address; the rest land here.
   */
  private static byte[] embeddedIpv4(byte[] a) {
    boolean mapped = isZero(a, 0, 10) && a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    boolean compatible = isZero(a, 0, 12) && !(isZero(a, 12, 15) && (a[15] == 0 || a[15] == 1));
    boolean nat64 = a[0] == 0 && a[1] == 0x64 && a[2] == (byte) 0xff && a[3] == (byte) 0x9b
        && isZero(a, 4, 12);
    if (mapped || compatible || nat64) {
      return new byte[] {a[12], a[13], a[14], a[15]};
    }
    if (a[0] == 0x20 && a[1] == 0x02) {
      return new byte[] {a[2], a[3], a[4], a[5]};
    }
    return null;
  }

  private static boolean isZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

}
