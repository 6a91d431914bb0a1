package org.prongsai.platform.security;

import java.util.Optional;

/**
 * Where sign-in finds accounts: the module that keeps them provides this bean. Sign-in itself
 * (counting failures, the slow hash, a decoy hash for a name that is no account) stays here.
 */
public interface SignInAccounts {

	/**
	 * The account of a name as it was typed (case and surrounding spaces do not matter).
	 * @return the account with its password hash, or empty when no account has that name
	 */
	Optional<ProngsaiUser> find(String username);
}
