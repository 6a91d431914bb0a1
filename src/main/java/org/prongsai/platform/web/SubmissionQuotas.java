package org.prongsai.platform.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much the public may send without signing in: every anonymous write (a complaint, a reply to
 * one, a question, feedback, a lost-document report, an e-mail address left for a case) is counted
 * against three quotas of its form before anything is kept: the client's, the station's and the
 * portal's in total, each a number of submissions and, where files are kept, of bytes, over a
 * period ({@code prongsai.submissions.<form>.per-client}, {@code .per-station}, {@code .in-total};
 * see application.properties for the defaults and why).
 * <p>
 * Each quota is a bucket that refills steadily over its period, so a burst is taken and then only
 * the steady rate, and a quota drained by an attack fills again as soon as the attack stops. The
 * client is known only by a keyed hash of its address (an IPv6 address by its /64, which one
 * subscriber holds whole), with a key of this process; never by an account or a session. Kept in
 * memory, with the least recently seen clients forgotten beyond a fixed number.
 */
@Component
public class SubmissionQuotas {

	/** Clients remembered across all forms; a forgotten client starts with a full quota. */
	static final int MAX_CLIENTS = 20_000;

	private final Environment environment;

	private final Clock clock;

	private final byte[] secret = new byte[32];

	private final Map<String, FormQuotas> forms = new ConcurrentHashMap<>();

	/** Client buckets by form and pseudonym, least recently used first. Guarded by itself. */
	private final LinkedHashMap<String, Buckets> clients = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Buckets> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	/** Station buckets by form and station, and the totals by form. Guarded by {@link #clients}. */
	private final Map<String, Buckets> shared = new java.util.HashMap<>();

	/** @param environment where the quotas are set, read at a form's first submission */
	@Autowired
	public SubmissionQuotas(Environment environment, Clock clock) {
		this.environment = environment;
		this.clock = clock;
		new SecureRandom().nextBytes(secret);
	}

	/**
	 * Counts one submission of a form against the client's, the station's and the total quota,
	 * or none of them when any is used up.
	 * @param form the form's name in the settings, such as {@code complaint}
	 * @param client the client's address as the request gives it; kept only as a keyed hash
	 * @param bytes the size of the files it would keep, 0 without
	 * @throws SubmissionRefused when a quota is used up: nothing must be kept then
	 */
	public void admit(String form, UUID station, String client, long bytes) {
		FormQuotas quotas = forms.computeIfAbsent(form, this::read);
		Instant now = clock.instant();
		synchronized (clients) {
			Buckets mine = clients.computeIfAbsent(form + " " + pseudonym(client), k -> new Buckets(quotas.client(), now));
			Buckets atStation = shared.computeIfAbsent(form + " station " + station, k -> new Buckets(quotas.station(), now));
			Buckets total = shared.computeIfAbsent(form + " total", k -> new Buckets(quotas.total(), now));
			Duration clientWait = mine.wait(bytes, now);
			Duration sharedWait = max(atStation.wait(bytes, now), total.wait(bytes, now));
			if (!clientWait.isZero() || !sharedWait.isZero()) {
				boolean byClient = !clientWait.isZero();
				long minutes = Math.max(1, (byClient ? clientWait : sharedWait).plusSeconds(59).toMinutes());
				throw new SubmissionRefused(byClient ? "submissions.refused.client" : "submissions.refused.station", minutes);
			}
			mine.take(bytes);
			atStation.take(bytes);
			total.take(bytes);
		}
	}

	int clientsRemembered() {
		synchronized (clients) {
			return clients.size();
		}
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private FormQuotas read(String form) {
		return new FormQuotas(quota(form, "per-client"), quota(form, "per-station"), quota(form, "in-total"));
	}

	private List<Limit> quota(String form, String scope) {
		String text = environment.getProperty("prongsai.submissions." + form + "." + scope,
				environment.getProperty("prongsai.submissions.default." + scope, ""));
		return Limit.parse(text);
	}

	/**
	 * The client's pseudonym: an HMAC of its address, of an IPv6 address only its first 64 bits.
	 * The address never leaves this method.
	 */
	private String pseudonym(String address) {
		byte[] key = address.getBytes(StandardCharsets.UTF_8);
		if (address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || address.matches("[0-9a-fA-F]*:[0-9a-fA-F:.]*(%[0-9A-Za-z]+)?")) {
			try {
				// A literal from the connection: parsed, never looked up.
				InetAddress parsed = InetAddress.getByName(address);
				key = parsed instanceof Inet6Address ? Arrays.copyOf(parsed.getAddress(), 8) : parsed.getAddress();
			}
			catch (UnknownHostException ex) {
				// not an address after all: its text is the key
			}
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(key), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** A form's three quotas. */
	private record FormQuotas(List<Limit> client, List<Limit> station, List<Limit> total) {
	}

	/**
	 * One limit: an amount (submissions, or bytes) per period.
	 * @param bytes whether the amount is of bytes
	 */
	record Limit(long amount, boolean bytes, Duration per) {

		/**
		 * Reads limits such as {@code 5/1h, 40MB/1h, 4GB/1d}; a number alone counts submissions,
		 * one with a unit bytes. Blank: no limit.
		 * @throws IllegalStateException for anything else, so a mistyped setting stops the start
		 */
		static List<Limit> parse(String text) {
			List<Limit> limits = new ArrayList<>();
			for (String part : text.split(",")) {
				String limit = part.strip();
				if (limit.isEmpty()) {
					continue;
				}
				int slash = limit.indexOf('/');
				try {
					String amount = limit.substring(0, slash).strip();
					Duration per = DurationStyle.detectAndParse(limit.substring(slash + 1).strip());
					boolean bytes = !amount.matches("[0-9]+");
					long value = bytes ? DataSize.parse(amount).toBytes() : Long.parseLong(amount);
					if (value <= 0 || per.isNegative() || per.isZero()) {
						throw new IllegalArgumentException("not positive");
					}
					limits.add(new Limit(value, bytes, per));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException("a submission quota must read like 5/1h or 40MB/1d, not: " + limit, ex);
				}
			}
			return List.copyOf(limits);
		}
	}

	/** The buckets of one client, station or total: one for each of its limits, full at first. */
	private static final class Buckets {

		private final List<Limit> limits;

		private final double[] level;

		private Instant at;

		Buckets(List<Limit> limits, Instant now) {
			this.limits = limits;
			this.level = new double[limits.size()];
			for (int i = 0; i < level.length; i++) {
				level[i] = limits.get(i).amount();
			}
			this.at = now;
		}

		/** Refills to now; how long until this submission fits, zero when it fits now. */
		Duration wait(long bytes, Instant now) {
			double elapsed = Math.max(0, Duration.between(at, now).toNanos());
			at = now.isAfter(at) ? now : at;
			Duration longest = Duration.ZERO;
			for (int i = 0; i < level.length; i++) {
				Limit limit = limits.get(i);
				double rate = limit.amount() / (double) limit.per().toNanos();
				level[i] = Math.min(limit.amount(), level[i] + elapsed * rate);
				double need = limit.bytes() ? bytes : 1;
				if (need > limit.amount()) {
					// Larger than the whole quota: it never fits; say the whole period.
					longest = max(longest, limit.per());
				}
				else if (level[i] < need) {
					longest = max(longest, Duration.ofNanos((long) Math.ceil((need - level[i]) / rate)));
				}
			}
			return longest;
		}

		void take(long bytes) {
			for (int i = 0; i < level.length; i++) {
				level[i] -= limits.get(i).bytes() ? bytes : 1;
			}
		}
	}
}
