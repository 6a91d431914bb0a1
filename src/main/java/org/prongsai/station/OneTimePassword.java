package org.prongsai.station;

import java.io.Serializable;

/** A password just issued for an account: shown once, on the next page only, then gone. */
record OneTimePassword(String username, String password) implements Serializable {

	@Override
	public String toString() {
		return "OneTimePassword[" + username + "]";
	}
}
