package org.prongsai.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Pages that belong to one visitor's session, such as a case's status or a complaint opened with
 * its receipt: no cache keeps them and no other site learns their address from a referrer.
 */
public final class PrivatePages {

	private PrivatePages() {
	}

	public static void keep(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
	}
}
