package org.prongsai.platform.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in by name and password with failures counted per client, never per account: after
 * {@code perName} failures a client may not try that name for a while, and after the higher
 * {@code perClient} count it may not try any name. So guessing is slowed where it comes from, and
 * nobody can lock an officer out from elsewhere. A name that is no account counts like a wrong
 * password, and a client locked out is refused before any look-up or hash whatever the name, so
 * neither the answer nor its time tells which names exist.
 * <p>
 * The password itself is checked by Spring Security's provider (which hashes a decoy for an
 * unknown name). When the hashing gate has no room, the attempt is refused as busy and not counted:
 * the person did nothing wrong.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final FailureLimit perName;

	private final FailureLimit perClient;

	ThrottledSignIn(AuthenticationProvider passwords, FailureLimit perName, FailureLimit perClient) {
		this.passwords = passwords;
		this.perName = perName;
		this.perClient = perClient;
	}

	/**
	 * @throws SignInRefused when this client is locked out (of this name or of all), or the portal is too busy to check
	 * @throws BadCredentialsException for a wrong password and for a name that is no account alike
	 */
	@Override
	public @Nullable Authentication authenticate(Authentication attempt) {
		String client = client(attempt);
		String clientAndName = client + "\n" + attempt.getName().strip().toLowerCase(Locale.ROOT);
		if (perName.lockedOut(clientAndName) || perClient.lockedOut(client)) {
			throw new SignInRefused(SignInRefused.Reason.LOCKED_OUT, null);
		}
		try {
			Authentication signedIn = passwords.authenticate(attempt);
			perName.forget(clientAndName);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			perName.failed(clientAndName);
			perClient.failed(client);
			throw ex;
		}
		catch (HashingBusy ex) {
			throw new SignInRefused(SignInRefused.Reason.BUSY, ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client's address as the server sees it (behind a proxy, as its forwarded headers say when trusted). */
	private static String client(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "";
	}
}
