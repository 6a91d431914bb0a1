package org.prongsai.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address for absolute links in exports and catalogues:
 * {@code prongsai.public-base-url} when set (behind a proxy the request's own host may be an
 * internal one), otherwise the scheme, host and port of the current request.
 */
@Component
public class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${prongsai.public-base-url:}") @Nullable String configured) {
		this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
	}

	/** Scheme, host and port, without a trailing slash. */
	public String base() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configured;
	}
}
