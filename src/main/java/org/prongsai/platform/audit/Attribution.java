package org.prongsai.platform.audit;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an audit entry says about who made a change, decided by each kind of event: there is no
 * default. Staff work names the account signed in, with its roles and the client address (kept
 * for the retention period), so that a misused account can be traced. What the public sends
 * without signing in names no one and keeps no address, unless the event writes down why it must.
 */
public final class Attribution {

	private enum Actor {
		SIGNED_IN, ANONYMOUS, SYSTEM
	}

	private static final Attribution SIGNED_IN = new Attribution(Actor.SIGNED_IN, null);

	private static final Attribution ANONYMOUS = new Attribution(Actor.ANONYMOUS, null);

	private static final Attribution SYSTEM = new Attribution(Actor.SYSTEM, null);

	private final Actor actor;

	private final @Nullable String addressKeptBecause;

	private Attribution(Actor actor, @Nullable String addressKeptBecause) {
		this.actor = actor;
		this.addressKeptBecause = addressKeptBecause;
	}

	/**
	 * The account signed in on this thread, its roles and the client's address. A visitor who is
	 * not signed in is {@code anonymous}; work outside any request (a command, a job) is {@code system}.
	 */
	public static Attribution signedIn() {
		return SIGNED_IN;
	}

	/**
	 * Someone of the public acting without signing in: the entry says {@code anonymous} and links
	 * no account, role or address to the change, even when a member of staff is signed in in the
	 * same browser (a complaint sent from the office must not name its sender).
	 */
	public static Attribution anonymous() {
		return ANONYMOUS;
	}

	/**
	 * As {@link #anonymous()}, but the entry keeps the client's address for the retention period.
	 * @param reason why this kind of event needs the address (for example, to see where an attack
	 *     on the accounts comes from); it documents the decision where it is made
	 * @throws IllegalArgumentException for a blank reason
	 */
	public static Attribution anonymousKeepingAddress(String reason) {
		if (reason.isBlank()) {
			throw new IllegalArgumentException("say why the address of an anonymous sender is kept");
		}
		return new Attribution(Actor.ANONYMOUS, reason.strip());
	}

	/**
	 * Work the application does by itself, such as a daily clean-up: the entry says {@code system}
	 * and keeps no address, whatever thread it runs on.
	 */
	public static Attribution system() {
		return SYSTEM;
	}

	/** Whether the entry names the anonymous public whoever is signed in. */
	boolean anonymousSender() {
		return actor == Actor.ANONYMOUS;
	}

	/** Whether the entry names the application itself. */
	boolean applicationItself() {
		return actor == Actor.SYSTEM;
	}

	/** Whether the entry keeps the client's address. */
	boolean keepsClientAddress() {
		return actor == Actor.SIGNED_IN || addressKeptBecause != null;
	}

	@Override
	public String toString() {
		return actor.name().toLowerCase(Locale.ROOT)
				+ (addressKeptBecause == null ? "" : ", address kept: " + addressKeptBecause);
	}
}
