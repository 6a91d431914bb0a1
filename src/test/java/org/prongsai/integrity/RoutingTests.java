package org.prongsai.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.prongsai.platform.security.Role;
import org.prongsai.station.AccountView;
import org.prongsai.station.OfficerView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingTests {

	private static final UUID STATION = UUID.randomUUID();
	private static final UUID ADMIN = UUID.randomUUID();
	private static final UUID TRAFFIC = UUID.randomUUID();
	private static final UUID INQUIRY = UUID.randomUUID();

	private final OfficerView commander = officer(null, true);
	private final OfficerView adminInspector = officer(ADMIN, true);
	private final OfficerView adminClerk = officer(ADMIN, false);
	private final OfficerView trafficInspector = officer(TRAFFIC, true);
	private final OfficerView trafficSergeant = officer(TRAFFIC, false);
	private final OfficerView inquiryOfficer = officer(INQUIRY, false);
	private final List<OfficerView> officers = List.of(commander, adminInspector, adminClerk, trafficInspector,
			trafficSergeant, inquiryOfficer);

	private final AccountView handlerInAdmin = account(adminClerk.id(), Role.COMPLAINT_OFFICER);
	private final AccountView handlerInTraffic = account(trafficSergeant.id(), Role.COMPLAINT_OFFICER);
	private final AccountView handlerOfNoOne = account(null, Role.COMPLAINT_OFFICER);
	private final List<AccountView> handlers = List.of(handlerInAdmin, handlerInTraffic, handlerOfNoOne);
	private final AccountView region = account(null, Role.REGION_ADMIN);

	@Test
	void aComplaintNamingNoOneGoesToEveryComplaintOfficerOfTheStation() {
		Routing.Route route = route(Routing.Named.NO_ONE, handlers);
		assertThat(route.handledBy()).isEqualTo(Routing.Handling.STATION);
		assertThat(route.handlers()).containsExactlyInAnyOrder(handlerInAdmin.id(), handlerInTraffic.id(), handlerOfNoOne.id());
		assertThat(route.unitId()).isNull();
	}

	@Test
	void aComplaintNamingAUnitNeverGoesToItsOfficersNorToAnAccountOfNoOneInParticular() {
		Routing.Route route = route(new Routing.Named(TRAFFIC, null), handlers);
		assertThat(route.handlers()).containsExactly(handlerInAdmin.id());
		assertThat(route.unitId()).isEqualTo(TRAFFIC);
	}

	@Test
	void aComplaintNamingAPersonKeepsAwayFromTheirWholeUnit() {
		for (OfficerView named : List.of(trafficInspector, trafficSergeant)) {
			Routing.Route route = route(new Routing.Named(null, named.id()), handlers);
			assertThat(route.handlers()).as("never anyone in the traffic unit").containsExactly(handlerInAdmin.id());
			assertThat(route.unitId()).isEqualTo(TRAFFIC);
		}
	}

	@Test
	void theChainOfCommandOfEveryPossibleNamedOfficerNeverHandlesTheComplaint() {
		for (OfficerView named : officers) {
			Routing.Route route = route(new Routing.Named(null, named.id()), handlers);
			for (UUID handler : route.handlers()) {
				AccountView account = handlers.stream().filter(a -> a.id().equals(handler)).findFirst().orElse(region);
				if (account == region) {
					continue;
				}
				OfficerView handling = officers.stream().filter(o -> o.id().equals(account.officerId())).findFirst().orElseThrow();
				assertThat(handling.id()).isNotEqualTo(named.id());
				assertThat(handling.unitId()).isNotEqualTo(named.unitId());
				assertThat(handling.executive() && handling.unitId() == null).isFalse();
			}
		}
	}

	@Test
	void aComplaintNamingTheCommanderGoesOnlyToTheRegion() {
		Routing.Route route = route(new Routing.Named(null, commander.id()), handlers);
		assertThat(route.handledBy()).isEqualTo(Routing.Handling.REGION);
		assertThat(route.handlers()).containsExactly(region.id());
		assertThat(route.commanderNamed()).isTrue();
	}

	@Test
	void whenEveryComplaintOfficerIsInTheChainItGoesToTheRegion() {
		Routing.Route route = route(new Routing.Named(ADMIN, null), List.of(handlerInAdmin, handlerOfNoOne));
		assertThat(route.handledBy()).isEqualTo(Routing.Handling.REGION);
		assertThat(route.handlers()).containsExactly(region.id());
		assertThat(route.commanderNamed()).isFalse();
		assertThat(route.unitId()).isEqualTo(ADMIN);
	}

	@Test
	void aUnitOrOfficerOfAnotherStationIsRefused() {
		assertThatThrownBy(() -> route(new Routing.Named(UUID.randomUUID(), null), handlers))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> route(new Routing.Named(null, UUID.randomUUID()), handlers))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private Routing.Route route(Routing.Named named, List<AccountView> complaintOfficers) {
		return Routing.route(named, officers, Set.of(ADMIN, TRAFFIC, INQUIRY), new ArrayList<>(complaintOfficers),
				List.of(region));
	}

	private static OfficerView officer(@Nullable UUID unit, boolean executive) {
		return new OfficerView(UUID.randomUUID(), STATION, unit, 1, "ร.ต.อ.", "Pol. Capt.", "ทดสอบ", "Test", "ตำแหน่ง", "Title",
				null, executive, null);
	}

	private static AccountView account(@Nullable UUID officer, Role role) {
		return new AccountView(UUID.randomUUID(), role == Role.REGION_ADMIN ? null : STATION, role == Role.REGION_ADMIN ? 8 : null,
				"u" + UUID.randomUUID().toString().substring(0, 8), "Someone", Set.of(role), true, Instant.EPOCH, officer);
	}
}
