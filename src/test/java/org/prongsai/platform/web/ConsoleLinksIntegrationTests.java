package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.security.ScreenRoles;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * The console's links and the screens they open agree on who may use them, through the whole web
 * stack: each link, to exactly the roles it is shown to, opens, and to everyone else is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"spring.datasource.url=jdbc:h2:mem:console-links;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "prongsai.demo.enabled=true",
		"prongsai.demo.password=console-links-1", "prongsai.demo.content=false",
		"prongsai.files.root=target/console-links/files", "prongsai.keys.root=target/console-links/keys" })
@AutoConfigureMockMvc
class ConsoleLinksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminLinks links;

	@Autowired
	List<RequestMappingHandlerMapping> mappings;

	@Autowired
	StationDirectory stations;

	/** Someone of the demo station holding exactly these roles, and its region for a region's screens. */
	ProngsaiUser holding(Set<Role> roles) {
		StationView kamala = stations.findByCode("kamala").orElseThrow();
		return new ProngsaiUser(UUID.randomUUID(), "links-" + roles.hashCode(), "ผู้ทดสอบ", kamala.id(),
				kamala.profile().policeRegion(), roles, "", true);
	}

	int status(String path, ProngsaiUser who) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
	}

	@Test
	void everyLinkOpensForTheRolesItIsShownToAndForNobodyElse() throws Exception {
		Map<String, Integer> withTheRoles = new LinkedHashMap<>();
		Map<String, Integer> withoutThem = new LinkedHashMap<>();
		for (AdminLink link : links.all()) {
			withTheRoles.put(link.path(), status(link.path(), holding(link.roles())));
			EnumSet<Role> others = EnumSet.complementOf(EnumSet.copyOf(link.roles()));
			withoutThem.put(link.path(), status(link.path(), holding(others)));
		}
		assertThat(withTheRoles).as("every screen of the console").hasSizeGreaterThanOrEqualTo(26)
			.containsKeys("/admin/station", "/admin/organisation", "/admin/budget", "/admin/complaints/overdue", "/admin/region");
		assertThat(withTheRoles).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
		assertThat(withoutThem).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(403));
	}

	/** A new screen cannot be left open to every signed-in person by forgetting to say who may use it. */
	@Test
	void everyAdminHandlerSaysWhoMayUseItButTheConsolePage() {
		List<String> checked = new ArrayList<>();
		List<String> open = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.stream()
			.flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList()) {
			@Nullable String path = handler.getKey().getPatternValues().stream().filter(p -> p.startsWith("/admin")).findFirst()
				.orElse(null);
			if (path == null || path.equals("/admin")) {
				continue;
			}
			checked.add(path);
			if (ScreenRoles.of(handler.getValue()).isEmpty()) {
				open.add(path);
			}
		}
		assertThat(checked).hasSizeGreaterThan(100);
		assertThat(open).isEmpty();
	}

	/** The roles are checked before anything of the request, the station it acts for included. */
	@Test
	void aScreenNotTheirsIsRefusedToARegionAdministratorWhoHasPickedNoStation() throws Exception {
		ProngsaiUser region = new ProngsaiUser(UUID.randomUUID(), "links-region8", "ผู้ดูแลภาค", null, 8,
				Set.of(Role.REGION_ADMIN), "", true);
		assertThat(status("/admin/keys", region)).isEqualTo(403);
		assertThat(status("/admin/station", region)).isEqualTo(404);
	}
}
