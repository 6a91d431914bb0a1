package org.prongsai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AuditActorResolverTests {

	private final AuditActorResolver resolver = new AuditActorResolver();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	private static void requestFrom(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@Test
	void readsTheSignedInUserTheirRolesAndTheClientAddress() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
					AuthorityUtils.createAuthorityList("ROLE_STATION_ADMIN", "ROLE_EDITOR", "FACTOR_PASSWORD")));
		requestFrom("203.0.113.7");

		assertThat(resolver.current(Attribution.signedIn()))
			.isEqualTo(new AuditActorResolver.Actor("somchai", "EDITOR,STATION_ADMIN", "203.0.113.7"));
	}

	@Test
	void hasNoClientAddressOutsideAWebRequest() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));

		assertThat(resolver.current(Attribution.signedIn())).isEqualTo(new AuditActorResolver.Actor("somchai", "EDITOR", null));
	}

	@Test
	void callsAVisitorWithoutSignInAnonymous() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		requestFrom("198.51.100.1");

		assertThat(resolver.current(Attribution.signedIn())).isEqualTo(new AuditActorResolver.Actor("anonymous", "", "198.51.100.1"));
	}

	@Test
	void callsAnUnauthenticatedTokenAnonymous() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("somchai", "secret"));

		assertThat(resolver.current(Attribution.signedIn()).name()).isEqualTo("anonymous");
	}

	@Test
	void namesAnAnonymousSenderAnonymousWithoutTheSignedInUserOrTheAddress() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
					AuthorityUtils.createAuthorityList("ROLE_STATION_ADMIN")));
		requestFrom("203.0.113.7");

		assertThat(resolver.current(Attribution.anonymous())).isEqualTo(new AuditActorResolver.Actor("anonymous", "", null));
	}

	@Test
	void keepsTheAddressOfAnAnonymousSenderOnlyWithAReason() {
		requestFrom("198.51.100.1");

		assertThat(resolver.current(Attribution.anonymousKeepingAddress("to see where attacks come from")))
			.isEqualTo(new AuditActorResolver.Actor("anonymous", "", "198.51.100.1"));
		assertThatIllegalArgumentException().isThrownBy(() -> Attribution.anonymousKeepingAddress(" "));
	}

	@Test
	void namesTheApplicationsOwnWorkSystemWhateverThreadItRunsOn() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		requestFrom("198.51.100.1");

		assertThat(resolver.current(Attribution.system())).isEqualTo(new AuditActorResolver.Actor("system", "", null));
	}

	@Test
	void callsWorkWithNeitherUserNorRequestSystem() {
		assertThat(resolver.current(Attribution.signedIn())).isEqualTo(new AuditActorResolver.Actor("system", "", null));
	}
}
