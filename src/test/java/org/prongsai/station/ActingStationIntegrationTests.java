package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;

import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.NotFoundException;

/**
 * Which station an admin screen acts for, through the whole web stack: a station account its own,
 * a region administrator the one picked from their region and nothing before picking. Shares its
 * context and database with {@link OrganisationAdminIntegrationTests}; every test makes its own
 * stations and accounts.
 */
@StationWebStack
class ActingStationIntegrationTests {

	@Autowired
	StationArgumentResolver resolver;

	@Autowired
	Accounts accounts;

	@Autowired
	StationAdministration administration;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	StationView station(String code, int region) {
		return administration.createStation(code, new StationProfile("สถานีตำรวจภูธร" + code, code + " Police Station",
				"สภ." + code, code + " PS", "ภูเก็ต", "Phuket", region, "1 ถนนทดสอบ", "1 Test Road", "076000191",
				code + "@example.org", null, null, null, null, null, null, null, null));
	}

	ProngsaiUser account(String stationCode, Integer region, String username, Role role) {
		administration.createAccount(stationCode, region, username, "ผู้ทดสอบ " + username, Set.of(role));
		return accounts.findByUsername(username).orElseThrow().toUser();
	}

	static MockHttpSession acting(StationView station) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(ActingStation.SESSION_KEY, station.id());
		return session;
	}

	@Test
	void aRegionAdministratorWhoHasPickedNoStationFindsNoScreenToActOn() throws Exception {
		station("act-none", 8);
		ProngsaiUser region = account(null, 8, "act-none.region8", Role.REGION_ADMIN);

		mvc.perform(get("/admin/station").with(user(region))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/organisation/units/" + UUID.randomUUID() + "/place").param("place", "1")
			.with(user(region)).with(csrf())).andExpect(status().isNotFound());
		String console = mvc.perform(get("/admin").with(user(region)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("actingStation"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(console).contains("ยังไม่ได้เลือกสถานี", "สถานีตำรวจภูธรact-none");
	}

	@Test
	void aScreenActsForTheStationPickedFromTheRegionAndShowsItsName() throws Exception {
		station("act-first", 8);
		StationView picked = station("act-picked", 8);
		ProngsaiUser region = account(null, 8, "act-picked.region8", Role.REGION_ADMIN);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/admin/acting-station").param("station", picked.id().toString()).session(session)
			.with(user(region)).with(csrf())).andExpect(status().isFound());

		String page = mvc.perform(get("/admin/station").session(session).with(user(region)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("actingStation", picked))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("สภ.act-picked").doesNotContain("act-first");
	}

	@Test
	void aStationOfAnotherRegionInTheSessionIsNoStationToActFor() throws Exception {
		StationView elsewhere = station("act-region9", 9);
		ProngsaiUser region = account(null, 8, "act-region9.region8", Role.REGION_ADMIN);

		mvc.perform(get("/admin/station").session(acting(elsewhere)).with(user(region)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStationAccountActsForItsOwnStationWhateverTheSessionSays() throws Exception {
		StationView own = station("act-own", 8);
		StationView other = station("act-other", 8);
		ProngsaiUser admin = account(own.code(), null, "act-own.admin", Role.STATION_ADMIN);

		mvc.perform(get("/admin/station").session(acting(other)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("actingStation", own));
	}

	/** Asking which station a request acts for reads a session when there is one and never makes one. */
	@Test
	void findingTheActingStationMakesNoSession() throws Exception {
		station("act-nosession", 8);
		ProngsaiUser region = account(null, 8, "act-nosession.region8", Role.REGION_ADMIN);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(region, null, region.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/station");
		Method handler = getClass().getDeclaredMethod("handler", StationView.class, Optional.class);
		ModelAndViewContainer container = new ModelAndViewContainer();

		assertThatThrownBy(() -> resolver.resolveArgument(new MethodParameter(handler, 0), container,
				new ServletWebRequest(request), null)).isInstanceOf(NotFoundException.class);
		assertThat(resolver.resolveArgument(new MethodParameter(handler, 1), container, new ServletWebRequest(request), null))
			.isEqualTo(Optional.empty());
		assertThat(request.getSession(false)).isNull();
		assertThat(container.getModel()).doesNotContainKey("actingStation");
	}

	/** The parameters an admin handler declares. */
	void handler(@Acting StationView station, @Acting Optional<StationView> maybe) {
	}
}
