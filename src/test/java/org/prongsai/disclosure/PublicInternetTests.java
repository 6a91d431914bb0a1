package org.prongsai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublicInternetTests {

	@Test
	void loopbackPrivateLinkLocalAndEverySpecialRangeAreNotPublic() {
		assertThat(List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
				"169.254.169.254", "100.64.0.1", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9",
				"224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1",
				"ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1",
				"2001:db8::1", "2001:0:4136:e378::1", "fec0::1", "100::1"))
			.allSatisfy(address -> assertThat(PublicInternet.isPublic(literal(address))).as(address).isFalse());
	}

	@Test
	void addressesOnThePublicInternetArePublic() {
		assertThat(List.of("8.8.8.8", "1.1.1.1", "203.0.114.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
				"2404:6800:4001::200e", "64:ff9b::808:808"))
			.allSatisfy(address -> assertThat(PublicInternet.isPublic(literal(address))).as(address).isTrue());
	}

	private static InetAddress literal(String address) {
		try {
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}
}
