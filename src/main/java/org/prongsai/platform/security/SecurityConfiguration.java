package org.prongsai.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may reach what. Public pages are open; everything under {@code /admin} needs a signed-in
 * account, and each screen declares the roles that may use it with {@link AllowedRoles}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: every script and style is a file from this host, so the
	 * policy needs no nonce. Maps open in a new tab instead of an embedded frame.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/admin", "/admin/**").authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/actuator/**").access(fromLoopback())
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/admin", false)
			.failureHandler(loginFailure())
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout"));
		// Neither a form's CSRF token nor the page asked for before signing in needs a session: each
		// lives in a cookie, so reading the public pages and forms, or knocking at the console, makes
		// none. A session holds memory for half an hour, and anyone could otherwise make them at will.
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		http.requestCache(cache -> cache.requestCache(new CookieRequestCache()));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/** Metrics are scraped from the host itself (or through a reverse proxy that adds its own guard). */
	private static AuthorizationManager<RequestAuthorizationContext> fromLoopback() {
		IpAddressMatcher ipv4 = new IpAddressMatcher("127.0.0.0/8");
		IpAddressMatcher ipv6 = new IpAddressMatcher("::1");
		return (authentication, context) -> new AuthorizationDecision(
				ipv4.matches(context.getRequest()) || ipv6.matches(context.getRequest()));
	}

	/**
	 * A wrong password and a name that is no account get one answer; a client locked out and a busy
	 * portal get theirs whatever the name. So no answer tells which names exist.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?"
				+ (exception instanceof SignInRefused refused
						? (refused.reason() == SignInRefused.Reason.BUSY ? "busy" : "locked") : "error"));
	}

	/** Sign-in against the accounts another module keeps, throttled per client (see application.properties). */
	@Bean
	AuthenticationProvider signIn(SignInAccounts accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${prongsai.sign-in.max-failures:5}") int maxFailures,
			@Value("${prongsai.sign-in.max-client-failures:20}") int maxClientFailures,
			@Value("${prongsai.sign-in.window:15m}") Duration window,
			@Value("${prongsai.sign-in.lockout:15m}") Duration lockout,
			@Value("${prongsai.sign-in.max-tracked:10000}") int maxTracked) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(
				name -> accounts.find(name).orElseThrow(() -> new UsernameNotFoundException("no such account")));
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwords, new FailureLimit(maxFailures, window, lockout, clock, maxTracked),
				new FailureLimit(maxClientFailures, window, lockout, clock, maxTracked));
	}

	/**
	 * The hashing gate. Each Argon2 hash runs on one core (parallelism 1), so by default as many run
	 * at once as there are cores: more would only hold more memory while they share the same cores.
	 */
	@Bean
	PasswordHashing passwordHashing(@Value("${prongsai.hashing.max-concurrent:0}") int maxConcurrent,
			@Value("${prongsai.hashing.max-waiting:8}") int maxWaiting,
			@Value("${prongsai.hashing.max-wait:1s}") Duration maxWait) {
		return new PasswordHashing(maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors(),
				maxWaiting, maxWait);
	}

	/** Argon2id for new hashes; bcrypt still verifies hashes made before. Both through the hashing gate. */
	@Bean
	PasswordEncoder passwordEncoder(PasswordHashing hashing) {
		return hashing.capped(new DelegatingPasswordEncoder("argon2", Map.of("argon2", hashing.argon2Ungated(), "bcrypt",
				new BCryptPasswordEncoder())));
	}
}
