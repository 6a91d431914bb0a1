package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import org.prongsai.platform.security.AllowedRoles;
import org.prongsai.platform.security.Role;

/** The console's links are made from the handlers' own declarations, and a broken one stops the start. */
class AdminLinksTests {

	@AllowedRoles({ Role.FINANCE, Role.STATION_ADMIN })
	static class Screens {

		@ConsoleLink(messageKey = "budget.nav", order = 2)
		String budget() {
			return "budget";
		}

		@ConsoleLink(messageKey = "keys.nav", order = 1)
		@AllowedRoles(Role.STATION_ADMIN)
		String keys() {
			return "keys";
		}

		String unlisted() {
			return "unlisted";
		}

		@ConsoleLink(messageKey = "again.nav", order = 2)
		String again() {
			return "again";
		}
	}

	static class Undeclared {

		@ConsoleLink(messageKey = "open.nav", order = 3)
		String open() {
			return "open";
		}
	}

	static Map.Entry<RequestMappingInfo, HandlerMethod> get(String path, Object controller, String method) throws Exception {
		return Map.entry(RequestMappingInfo.paths(path).methods(RequestMethod.GET).build(),
				new HandlerMethod(controller, controller.getClass().getDeclaredMethod(method)));
	}

	static Map<RequestMappingInfo, HandlerMethod> handlers(Map.Entry<RequestMappingInfo, HandlerMethod>... entries) {
		Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : entries) {
			handlers.put(entry.getKey(), entry.getValue());
		}
		return handlers;
	}

	@Test
	void eachLinkHasItsHandlersPathAndRolesInMenuOrder() throws Exception {
		Screens screens = new Screens();
		assertThat(AdminLinks.of(handlers(get("/admin/budget", screens, "budget"), get("/admin/keys", screens, "keys"),
				get("/admin/unlisted", screens, "unlisted"))))
			.containsExactly(new AdminLink("keys.nav", "/admin/keys", Set.of(Role.STATION_ADMIN), 1),
					new AdminLink("budget.nav", "/admin/budget", Set.of(Role.FINANCE, Role.STATION_ADMIN), 2));
	}

	@Test
	void aLinkToAScreenThatDoesNotSayWhoMayUseItStopsTheStart() throws Exception {
		assertThatThrownBy(() -> AdminLinks.of(handlers(get("/admin/open", new Undeclared(), "open"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("AllowedRoles");
	}

	@Test
	void twoLinksInOnePlaceStopTheStart() throws Exception {
		Screens screens = new Screens();
		assertThatThrownBy(() -> AdminLinks.of(handlers(get("/admin/budget", screens, "budget"),
				get("/admin/again", screens, "again"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("share place 2");
	}

	@Test
	void aLinkToAnAddressWithVariablesStopsTheStart() throws Exception {
		assertThatThrownBy(() -> AdminLinks.of(handlers(get("/admin/budget/{year}", new Screens(), "budget"))))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("one fixed path");
	}
}
