package org.prongsai.disclosure;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Whether an address is on the public internet, where a link a station publishes may lead. The
 * link checker runs inside the station's network, so a link to anything else would let a
 * publisher probe the portal's host, the database and the intranet: loopback, private,
 * link-local (cloud metadata at 169.254.169.254), unique-local, multicast, unspecified and every
 * other range set aside for special use (RFC 6890 and its updates), and IPv6 forms that carry an
 * IPv4 address (mapped, NAT64, 6to4, Teredo) are judged by that address or refused.
 */
final class PublicInternet {

	/** Special-use ranges, besides those {@link InetAddress} names itself. */
	private static final List<Range> SPECIAL = List.of(
			Range.of("0.0.0.0", 8), Range.of("10.0.0.0", 8), Range.of("100.64.0.0", 10), Range.of("127.0.0.0", 8),
			Range.of("169.254.0.0", 16), Range.of("172.16.0.0", 12), Range.of("192.0.0.0", 24),
			Range.of("192.0.2.0", 24), Range.of("192.88.99.0", 24), Range.of("192.168.0.0", 16),
			Range.of("198.18.0.0", 15), Range.of("198.51.100.0", 24), Range.of("203.0.113.0", 24),
			Range.of("224.0.0.0", 4), Range.of("240.0.0.0", 4),
			Range.of("::", 128), Range.of("::1", 128), Range.of("::", 96), Range.of("100::", 64),
			Range.of("2001::", 23), Range.of("2001:db8::", 32), Range.of("2002::", 16), Range.of("3fff::", 20),
			Range.of("5f00::", 16), Range.of("fc00::", 7), Range.of("fe80::", 10), Range.of("fec0::", 10),
			Range.of("ff00::", 8));

	/** NAT64 prefixes, which hold an IPv4 address in their last 32 bits. */
	private static final List<Range> NAT64 = List.of(Range.of("64:ff9b::", 96), Range.of("64:ff9b:1::", 48));

	private PublicInternet() {
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			if (NAT64.stream().anyMatch(r -> r.contains(bytes))) {
				return isPublic(ipv4(bytes, 12));
			}
			if (isMappedIpv4(bytes)) {
				return isPublic(ipv4(bytes, 12));
			}
		}
		return SPECIAL.stream().noneMatch(r -> r.contains(bytes));
	}

	/** {@code ::ffff:a.b.c.d}, which Java usually turns into an IPv4 address already. */
	private static boolean isMappedIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	private static InetAddress ipv4(byte[] bytes, int from) {
		try {
			return Inet4Address.getByAddress(java.util.Arrays.copyOfRange(bytes, from, from + 4));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A block of addresses of one family, as prefix and length. */
	private record Range(byte[] prefix, int bits) {

		static Range of(String literal, int bits) {
			try {
				// A literal, so no name is looked up.
				return new Range(InetAddress.getByName(literal).getAddress(), bits);
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(literal, ex);
			}
		}

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			int whole = bits / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != prefix[i]) {
					return false;
				}
			}
			int rest = bits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (prefix[whole] & mask);
		}
	}
}
