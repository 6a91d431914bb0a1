package org.prongsai.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.prongsai.platform.web.Refusal;

/**
 * A slow hash refused because {@link PasswordHashing} had no room in time: the portal is busy, the
 * person should try again in a moment. Nothing was checked or stored. A screen that does not say
 * so itself answers 429 with the error page for it, never a 500.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public final class HashingBusy extends Refusal {

	HashingBusy() {
		super("hashing.busy");
	}
}
