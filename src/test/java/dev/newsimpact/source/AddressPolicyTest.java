package dev.newsimpact.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
  private final AddressPolicy strict = new AddressPolicy(false);
  private final AddressPolicy open = new AddressPolicy(true);

  @ParameterizedTest
  @ValueSource(strings = {
    "127.0.0.1", "127.8.9.10", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
    "192.168.1.1", "169.254.1.1", "100.64.0.1", "100.127.255.255", "::1", "fe80::1", "fc00::1",
    "fd12:3456::1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:c0a8:101::1", "fec0::1"
  })
  void privateAndLocalAddressesNeedTheOptIn(String address) throws UnknownHostException {
    InetAddress parsed = InetAddress.getByName(address);
    assertThat(strict.refusal(parsed)).isEqualTo(AddressPolicy.Refusal.PRIVATE);
    assertThat(open.refusal(parsed)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200", "0.0.0.0", "0.1.2.3", "::",
    "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "ff02::1", "::ffff:169.254.169.254", "::2"
  })
  void metadataAndUnroutableAddressesAreAlwaysRefused(String address) throws UnknownHostException {
    InetAddress parsed = InetAddress.getByName(address);
    assertThat(strict.refusal(parsed)).isNotNull();
    assertThat(open.refusal(parsed)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "8.8.8.8", "93.184.216.34", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
    "192.169.0.1", "169.253.0.1", "2606:4700::1111", "2a00:1450:4001::200e", "11.0.0.1"
  })
  void publicAddressesPass(String address) throws UnknownHostException {
    assertThat(strict.refusal(InetAddress.getByName(address))).isNull();
  }

  @Test
  void onlyHttpAndHttpsWithAHostAreFetched() {
    assertThat(AddressPolicy.schemeProblem(URI.create("https://example.com/a"))).isNull();
    assertThat(AddressPolicy.schemeProblem(URI.create("HTTP://example.com/a"))).isNull();
    assertThat(AddressPolicy.schemeProblem(URI.create("file:///etc/passwd")))
        .isEqualTo("a file: URL (only http and https are fetched)");
    assertThat(AddressPolicy.schemeProblem(URI.create("gopher://example.com/"))).isNotNull();
    assertThat(AddressPolicy.schemeProblem(URI.create("ftp://example.com/x"))).isNotNull();
    assertThat(AddressPolicy.schemeProblem(URI.create("http:///nohost"))).isEqualTo("a URL without a host");
  }
}
