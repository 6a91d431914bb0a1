package org.prongsai.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

import org.prongsai.platform.audit.AuditEntryView;
import org.prongsai.platform.audit.AuditTrail;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.security.Role;

/**
 * The units-and-officers and accounts screens through the whole web stack (security filters, CSRF, binding,
 * validation, templates) on an H2 database in memory without the demo. Every test makes its own
 * stations and accounts, so they share one context and database without seeing each other.
 */
@StationWebStack
class OrganisationAdminIntegrationTests {

	private static final Cookie ENGLISH = new Cookie("lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	StationAdministration administration;

	@Autowired
	OrganisationAdministration organisation;

	@Autowired
	Files files;

	@Autowired
	StationDirectory directory;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	/** A station of its own for one test. */
	StationView station(String code) {
		return administration.createStation(code, new StationProfile("สถานีตำรวจภูธร" + code, code + " Police Station",
				"สภ." + code, code + " PS", "ภูเก็ต", "Phuket", 8, "1 ถนนทดสอบ", "1 Test Road", "076000191",
				code + "@example.org", null, null, null, null, null, null, null, null));
	}

	/** An account of the station with one role, signed in as the portal would sign it in. */
	ProngsaiUser account(StationView station, String username, Role role) {
		administration.createAccount(station.code(), null, username, "ผู้ทดสอบ " + username, Set.of(role));
		return accounts.findByUsername(username).orElseThrow().toUser();
	}

	UnitView unit(StationView station, String nameEn) {
		return organisation.addUnit(station.id(), new UnitDetails("งาน" + nameEn, nameEn, WorkLine.TRAFFIC,
				"หน้าที่", "Duties", 10, 8), null);
	}

	OfficerView officer(StationView station, UUID unitId, String nameEn, boolean executive) {
		return organisation.addOfficer(station.id(), new OfficerDetails(unitId, "พ.ต.ต.", "Pol. Maj.", "ทดสอบ " + nameEn,
				nameEn, "สารวัตร", "Inspector", "0 7600 0100", executive), null);
	}

	/** The unit's fields as its edit form sends them back: with the version it was read at. */
	Map<String, String> edited(StationView station, UnitView unit, String nameTh, String nameEn, String authorised,
			String actual) {
		Map<String, String> fields = unitFields(nameTh, nameEn, authorised, actual);
		fields.put("version", String.valueOf(organisation.unit(station.id(), unit.id()).version()));
		return fields;
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		fields.forEach(request::param);
		return request.with(csrf());
	}

	static Map<String, String> unitFields(String nameTh, String nameEn, String authorised, String actual) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nameTh", nameTh);
		fields.put("nameEn", nameEn);
		fields.put("workLine", "INVESTIGATION");
		fields.put("dutiesTh", "สืบสวนหาข่าว");
		fields.put("dutiesEn", "Intelligence");
		fields.put("authorisedStrength", authorised);
		fields.put("actualStrength", actual);
		fields.put("place", "");
		fields.put("version", "0");
		return fields;
	}

	static Map<String, String> officerFields(String unitId, String nameEn, String phone) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("unitId", unitId);
		fields.put("rankTh", "พ.ต.ท.");
		fields.put("rankEn", "Pol. Lt. Col.");
		fields.put("nameTh", "ใหม่ " + nameEn);
		fields.put("nameEn", nameEn);
		fields.put("titleTh", "รองผู้กำกับการ");
		fields.put("titleEn", "Deputy Superintendent");
		fields.put("officialPhone", phone);
		fields.put("executive", "true");
		fields.put("place", "");
		fields.put("version", "0");
		return fields;
	}

	String page(ProngsaiUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	List<AuditEntryView> entries(StationView station) {
		return audit.recent(station.id(), 1000);
	}

	static byte[] png() {
		return DemoStations.portrait(3);
	}

	@Test
	void aPublisherAddsAUnitThatTheListShowsInItsPlace() throws Exception {
		StationView station = station("org-add");
		ProngsaiUser publisher = account(station, "org-add.publisher", Role.PUBLISHER);
		unit(station, "Traffic");

		mvc.perform(form(post("/admin/organisation/units"), unitFields("งานสืบสวน", "Investigation", "12", "10"))
			.with(user(publisher)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/organisation"));

		List<UnitView> units = directory.units(station.id());
		assertThat(units).extracting(UnitView::nameEn).containsExactly("Traffic", "Investigation");
		UnitView added = units.get(1);
		assertThat(added.nameTh()).isEqualTo("งานสืบสวน");
		assertThat(added.workLine()).isEqualTo(WorkLine.INVESTIGATION);
		assertThat(added.authorisedStrength()).isEqualTo(12);
		assertThat(added.actualStrength()).isEqualTo(10);
		assertThat(added.dutiesEn()).isEqualTo("Intelligence");
		assertThat(page(publisher, "/admin/organisation")).contains("งานสืบสวน", "Investigation", "Intelligence");

		Map<String, String> first = unitFields("งานอำนวยการ", "Administration", "5", "5");
		first.put("place", "1");
		mvc.perform(form(post("/admin/organisation/units"), first).with(user(publisher)));
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn)
			.containsExactly("Administration", "Traffic", "Investigation");
	}

	@Test
	void editingAUnitChangesItAndTheAuditTrailKeepsBeforeAndAfter() throws Exception {
		StationView station = station("org-edit");
		ProngsaiUser admin = account(station, "org-edit.admin", Role.STATION_ADMIN);
		UnitView unit = unit(station, "Traffic");
		String editor = page(admin, "/admin/organisation/units/" + unit.id());
		assertThat(editor).contains("value=\"Traffic\"", "name=\"_csrf\"");

		Map<String, String> fields = edited(station, unit, "งานจราจรและขนส่ง", "Traffic and Transport", "20", "18");
		fields.put("workLine", "TRAFFIC");
		mvc.perform(form(post("/admin/organisation/units/" + unit.id()), fields).with(user(admin)))
			.andExpect(redirectedUrl("/admin/organisation"));

		UnitView saved = directory.units(station.id()).get(0);
		assertThat(saved.nameEn()).isEqualTo("Traffic and Transport");
		assertThat(saved.authorisedStrength()).isEqualTo(20);
		assertThat(entries(station)).filteredOn(e -> e.action().equals("organisation.unit.changed")).singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("org-edit.admin");
				assertThat(e.actorRoles()).contains("STATION_ADMIN");
				assertThat(e.target()).contains(unit.id().toString());
				assertThat(e.beforeSummary()).contains("Traffic", "strength=8 of 10").doesNotContain("Transport");
				assertThat(e.afterSummary()).contains("Traffic and Transport", "strength=18 of 20");
			});
	}

	@Test
	void badUnitInputIsRefusedInTheUsersLanguageAndChangesNothing() throws Exception {
		StationView station = station("org-bad");
		ProngsaiUser publisher = account(station, "org-bad.publisher", Role.PUBLISHER);
		UnitView unit = unit(station, "Traffic");
		int entriesBefore = entries(station).size();

		String refused = mvc.perform(form(post("/admin/organisation/units/" + unit.id()),
				unitFields("ก".repeat(201), " ", "-1", "many")).with(user(publisher)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("There is a problem", "Name in Thai must be 200 characters or fewer",
				"Name in English is required", "Authorised strength must be a whole number from 0 to 9999",
				"Actual strength must be a whole number from 0 to 9999", "aria-invalid=\"true\"",
				"href=\"#authorisedStrength\"", "value=\"many\"");

		String thai = mvc.perform(form(post("/admin/organisation/units"), unitFields("", "Empty", "1", "-3"))
			.with(user(publisher)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(thai).contains("มีข้อมูลที่ต้องแก้ไข", "กรุณากรอกชื่อภาษาไทย",
				"กำลังพลที่มีอยู่จริงต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 9999");

		assertThat(directory.units(station.id())).singleElement().isEqualTo(unit);
		assertThat(entries(station)).hasSize(entriesBefore);
	}

	@Test
	void aStaleUnitFormIsRefusedAsAConflictInsteadOfOverwriting() throws Exception {
		StationView station = station("org-stale");
		ProngsaiUser admin = account(station, "org-stale.admin", Role.STATION_ADMIN);
		UnitView unit = unit(station, "Traffic");
		Map<String, String> second = edited(station, unit, "งานที่สอง", "Second edit", "10", "8");
		mvc.perform(form(post("/admin/organisation/units/" + unit.id()), edited(station, unit, "งานแรก", "First edit", "10", "8"))
			.with(user(admin)))
			.andExpect(status().isFound());

		String conflict = mvc.perform(form(post("/admin/organisation/units/" + unit.id()), second)
			.with(user(admin)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(conflict).contains("Someone else changed this record", "value=\"First edit\"",
				"value=\"" + organisation.unit(station.id(), unit.id()).version() + "\"");
		assertThat(directory.units(station.id()).get(0).nameEn()).isEqualTo("First edit");
	}

	@Test
	void aUnitWithOfficersCannotBeDeletedAndOneWithoutCan() throws Exception {
		StationView station = station("org-delete");
		ProngsaiUser admin = account(station, "org-delete.admin", Role.STATION_ADMIN);
		UnitView staffed = unit(station, "Staffed");
		UnitView empty = unit(station, "Empty");
		officer(station, staffed.id(), "Somchai", false);
		int entriesBefore = entries(station).size();

		FlashMap flash = mvc.perform(post("/admin/organisation/units/" + staffed.id() + "/delete")
			.param("version", edited(station, staffed, "", "", "", "").get("version"))
			.with(csrf()).with(user(admin)))
			.andExpect(redirectedUrl("/admin/organisation/units/" + staffed.id()))
			.andReturn().getFlashMap();
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn).containsExactly("Staffed", "Empty");
		assertThat(entries(station)).hasSize(entriesBefore);
		String refused = mvc.perform(get("/admin/organisation/units/" + staffed.id()).with(user(admin)).cookie(ENGLISH)
			.flashAttrs(flash))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("This unit still has 1 officer(s)", "Nothing was deleted");

		mvc.perform(post("/admin/organisation/units/" + empty.id() + "/delete")
			.param("version", edited(station, empty, "", "", "", "").get("version"))
			.with(csrf()).with(user(admin)))
			.andExpect(redirectedUrl("/admin/organisation"));
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn).containsExactly("Staffed");
		assertThat(entries(station).get(0).action()).isEqualTo("organisation.unit.deleted");
	}

	@Test
	void unitsMoveUpAndDownWithoutTurningOpenEditFormsIntoConflicts() throws Exception {
		StationView station = station("org-move");
		ProngsaiUser publisher = account(station, "org-move.publisher", Role.PUBLISHER);
		UnitView first = unit(station, "First");
		unit(station, "Second");
		UnitView third = unit(station, "Third");
		Map<String, String> openForm = edited(station, first, "งานแรก", "First renamed", "1", "1");

		mvc.perform(post("/admin/organisation/units/" + third.id() + "/place").param("place", "2")
			.with(csrf()).with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation"));
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn).containsExactly("First", "Third", "Second");
		mvc.perform(post("/admin/organisation/units/" + first.id() + "/place").param("place", "99")
			.with(csrf()).with(user(publisher)));
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn).containsExactly("Third", "Second", "First");
		assertThat(directory.units(station.id())).extracting(UnitView::position).containsExactly(1, 2, 3);
		assertThat(page(publisher, "/admin/organisation")).contains("aria-label=\"Move down: Third\"",
				"aria-label=\"Move up: First\"").doesNotContain("aria-label=\"Move up: Third\"",
						"aria-label=\"Move down: First\"");
		assertThat(entries(station)).filteredOn(e -> e.action().equals("organisation.unit.moved"))
			.extracting(AuditEntryView::afterSummary).containsExactly("place=3", "place=2");

		mvc.perform(form(post("/admin/organisation/units/" + first.id()), openForm)
			.with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation"));
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn)
			.containsExactly("Third", "Second", "First renamed");
	}

	@Test
	void anOfficerIsAddedGivenAPhotoAndShownWithItOnTheContactPage() throws Exception {
		StationView station = station("org-photo");
		ProngsaiUser publisher = account(station, "org-photo.publisher", Role.PUBLISHER);
		UnitView unit = unit(station, "Traffic");
		mvc.perform(form(post("/admin/organisation/officers"), officerFields(unit.id().toString(), "Tuayang Jaisue",
				"0 7600 0101")).with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation#officers"));
		OfficerView officer = directory.officers(station.id()).get(0);
		assertThat(officer.nameEn()).isEqualTo("Tuayang Jaisue");
		assertThat(officer.unitId()).isEqualTo(unit.id());
		assertThat(officer.executive()).isTrue();
		assertThat(officer.photoFileId()).isNull();
		mvc.perform(get("/org-photo/officers/" + officer.id() + "/photo")).andExpect(status().isNotFound());

		long storedBefore = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
		mvc.perform(multipart("/admin/organisation/officers/" + officer.id() + "/photo")
			.file(new MockMultipartFile("photo", "face.jpg", "image/jpeg", "%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)))
			.with(csrf()).with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation/officers/" + officer.id()))
			.andExpect(result -> assertThat(result.getFlashMap().get("photoError")).isEqualTo("files.rejected.type"));
		assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(storedBefore);
		assertThat(directory.officers(station.id()).get(0).photoFileId()).isNull();

		byte[] png = png();
		mvc.perform(multipart("/admin/organisation/officers/" + officer.id() + "/photo")
			.file(new MockMultipartFile("photo", "หน้า.png", "image/png", png))
			.with(csrf()).with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation/officers/" + officer.id()));

		UUID photo = directory.officers(station.id()).get(0).photoFileId();
		assertThat(photo).isNotNull();
		mvc.perform(get("/org-photo/officers/" + officer.id() + "/photo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png));
		String contact = mvc.perform(get("/org-photo/contact").cookie(ENGLISH))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(contact).contains("src=\"/org-photo/officers/" + officer.id() + "/photo?v=" + photo + "\"",
				"alt=\"Pol. Lt. Col. Tuayang Jaisue\"");
		assertThat(entries(station)).filteredOn(e -> e.action().equals("organisation.officer.photo.changed"))
			.singleElement()
			.satisfies(e -> assertThat(e.afterSummary()).contains("image/png"));
	}

	@Test
	void anotherStationsOfficerPhotoIsNotFoundUnderThisStationsAddress() throws Exception {
		StationView here = station("org-here");
		StationView there = station("org-there");
		OfficerView theirs = officer(there, unit(there, "Traffic").id(), "Elsewhere", true);
		try (CheckedFile photo = files.check(FileUse.PHOTO, "face.png", new ByteArrayInputStream(png()))) {
			organisation.changeOfficerPhoto(there.id(), theirs.id(), photo, "test");
		}
		OfficerView ours = officer(here, unit(here, "Traffic").id(), "Here", true);

		mvc.perform(get("/org-there/officers/" + theirs.id() + "/photo")).andExpect(status().isOk());
		mvc.perform(get("/org-here/officers/" + theirs.id() + "/photo")).andExpect(status().isNotFound());
		mvc.perform(get("/org-here/officers/" + ours.id() + "/photo")).andExpect(status().isNotFound());
		mvc.perform(get("/org-here/officers/" + UUID.randomUUID() + "/photo")).andExpect(status().isNotFound());
	}

	@Test
	void anOfficersPhotoIsForgottenWhenReplacedAndWhenTheOfficerIsDeleted() {
		StationView station = station("org-forget");
		OfficerView officer = officer(station, unit(station, "Traffic").id(), "Forgotten", false);
		UUID first = showPhoto(station, officer, DemoStations.portrait(4));
		UUID second = showPhoto(station, officer, DemoStations.portrait(5));

		assertThat(files.find(station.id(), first)).as("the photo replaced").isEmpty();
		assertThat(files.find(station.id(), second)).isPresent();
		organisation.deleteOfficer(station.id(), officer.id(), organisation.officer(station.id(), officer.id()).version());
		assertThat(files.find(station.id(), second)).as("the photo of an officer deleted").isEmpty();
	}

	private UUID showPhoto(StationView station, OfficerView officer, byte[] png) {
		try (CheckedFile photo = files.check(FileUse.PHOTO, "face.png", new ByteArrayInputStream(png))) {
			return organisation.changeOfficerPhoto(station.id(), officer.id(), photo, "test").photoFileId();
		}
	}

	@Test
	void aPublisherOfOneStationCannotTouchAnotherStationsUnitsOrOfficers() throws Exception {
		StationView mine = station("org-mine");
		StationView theirs = station("org-theirs");
		ProngsaiUser publisher = account(mine, "org-mine.publisher", Role.PUBLISHER);
		UnitView theirUnit = unit(theirs, "Theirs");
		OfficerView theirOfficer = officer(theirs, theirUnit.id(), "Theirs", true);
		int theirEntries = entries(theirs).size();

		mvc.perform(get("/admin/organisation/units/" + theirUnit.id()).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(form(post("/admin/organisation/units/" + theirUnit.id()), unitFields("ยึด", "Taken", "1", "1"))
			.with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/organisation/units/" + theirUnit.id() + "/place").param("place", "1")
			.with(csrf()).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/organisation/units/" + theirUnit.id() + "/delete").param("version", "0")
			.with(csrf()).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/organisation/officers/" + theirOfficer.id()).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(form(post("/admin/organisation/officers/" + theirOfficer.id()),
				officerFields("", "Taken", "")).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/organisation/officers/" + theirOfficer.id() + "/delete").param("version", "0")
			.with(csrf()).with(user(publisher)))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/admin/organisation/officers/" + theirOfficer.id() + "/photo")
			.file(new MockMultipartFile("photo", "face.png", "image/png", png())).with(csrf()).with(user(publisher)))
			.andExpect(status().isNotFound());

		String refused = mvc.perform(form(post("/admin/organisation/officers"),
				officerFields(theirUnit.id().toString(), "Mine", "")).with(user(publisher)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).as("an officer cannot join another station's unit").contains("Choose a unit from the list");

		assertThat(page(publisher, "/admin/organisation")).doesNotContain("Theirs");
		assertThat(directory.units(theirs.id())).containsExactly(theirUnit);
		assertThat(directory.officers(theirs.id())).containsExactly(theirOfficer);
		assertThat(directory.officers(mine.id())).isEmpty();
		assertThat(entries(theirs)).hasSize(theirEntries);
	}

	@Test
	void onlyAdministratorsAndPublishersOpenTheScreen() throws Exception {
		StationView station = station("org-roles");
		for (Role role : List.of(Role.STATION_ADMIN, Role.PUBLISHER)) {
			ProngsaiUser allowed = account(station, "org-roles." + role.name().toLowerCase(), role);
			assertThat(page(allowed, "/admin")).contains("href=\"/admin/organisation\"");
			assertThat(page(allowed, "/admin/organisation")).contains("Units and officers");
		}
		for (Role role : List.of(Role.OFFICER, Role.COMMANDER, Role.ASSESSOR)) {
			ProngsaiUser refused = account(station, "org-roles." + role.name().toLowerCase(), role);
			assertThat(page(refused, "/admin")).doesNotContain("href=\"/admin/organisation\"");
			mvc.perform(get("/admin/organisation").with(user(refused))).andExpect(status().isForbidden());
			mvc.perform(form(post("/admin/organisation/units"), unitFields("งาน", "Unit", "1", "1")).with(user(refused)))
				.andExpect(status().isForbidden());
		}
		assertThat(directory.units(station.id())).isEmpty();
	}

	@Test
	void badOfficerInputIsRefusedAndChangesNothing() throws Exception {
		StationView station = station("org-bad-officer");
		ProngsaiUser admin = account(station, "org-bad-officer.admin", Role.STATION_ADMIN);
		OfficerView officer = officer(station, unit(station, "Traffic").id(), "Before", false);

		Map<String, String> fields = officerFields("", "", "call me");
		fields.put("titleEn", "T".repeat(201));
		String refused = mvc.perform(form(post("/admin/organisation/officers/" + officer.id()), fields)
			.with(user(admin)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(refused).contains("Name in English is required", "Official phone is not in the right format",
				"Title in English must be 200 characters or fewer");
		assertThat(directory.officers(station.id())).containsExactly(officer);
	}

	@Test
	void uncheckingExecutiveTakesTheOfficerOffThePublicExecutives() throws Exception {
		StationView station = station("org-executive");
		ProngsaiUser admin = account(station, "org-executive.admin", Role.STATION_ADMIN);
		OfficerView officer = officer(station, unit(station, "Traffic").id(), "Formerly Executive", true);
		assertThat(mvc.perform(get("/org-executive/contact").cookie(ENGLISH)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Formerly Executive");
		String editor = page(admin, "/admin/organisation/officers/" + officer.id());
		assertThat(editor).containsPattern("<input [^>]*name=\"executive\"[^>]*checked");

		// A browser sends nothing for an unticked box.
		Map<String, String> fields = officerFields(officer.unitId().toString(), "Formerly Executive", "0 7600 0100");
		fields.remove("executive");
		fields.put("version", String.valueOf(organisation.officer(station.id(), officer.id()).version()));
		mvc.perform(form(post("/admin/organisation/officers/" + officer.id()), fields).with(user(admin)))
			.andExpect(redirectedUrl("/admin/organisation#officers"));

		assertThat(directory.officers(station.id()).get(0).executive()).isFalse();
		assertThat(mvc.perform(get("/org-executive/contact").cookie(ENGLISH)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Formerly Executive");
	}

	@Test
	void everyWriteLeavesOneAuditEntryNamingWhoMadeIt() throws Exception {
		StationView station = station("org-audit");
		ProngsaiUser publisher = account(station, "org-audit.publisher", Role.PUBLISHER);
		int before = entries(station).size();

		mvc.perform(form(post("/admin/organisation/units"), unitFields("งานหนึ่ง", "One", "3", "3")).with(user(publisher)));
		mvc.perform(form(post("/admin/organisation/units"), unitFields("งานสอง", "Two", "3", "3")).with(user(publisher)));
		List<UnitView> units = directory.units(station.id());
		UUID one = units.get(0).id();
		UUID two = units.get(1).id();
		mvc.perform(form(post("/admin/organisation/units/" + one), edited(station, units.get(0), "งานหนึ่ง", "One", "4", "3"))
			.with(user(publisher)));
		mvc.perform(post("/admin/organisation/units/" + two + "/place").param("place", "1").with(csrf()).with(user(publisher)));
		mvc.perform(form(post("/admin/organisation/officers"), officerFields(one.toString(), "Officer", "")).with(user(publisher)));
		UUID officer = directory.officers(station.id()).get(0).id();
		Map<String, String> changed = officerFields(two.toString(), "Officer", "0 7600 0111");
		changed.put("version", String.valueOf(organisation.officer(station.id(), officer).version()));
		mvc.perform(form(post("/admin/organisation/officers/" + officer), changed).with(user(publisher)));
		mvc.perform(multipart("/admin/organisation/officers/" + officer + "/photo")
			.file(new MockMultipartFile("photo", "face.png", "image/png", png())).with(csrf()).with(user(publisher)));
		mvc.perform(post("/admin/organisation/officers/" + officer + "/delete")
			.param("version", String.valueOf(organisation.officer(station.id(), officer).version()))
			.with(csrf()).with(user(publisher)));
		mvc.perform(post("/admin/organisation/units/" + one + "/delete")
			.param("version", String.valueOf(organisation.unit(station.id(), one).version()))
			.with(csrf()).with(user(publisher)));

		List<AuditEntryView> written = entries(station).subList(0, entries(station).size() - before);
		assertThat(written).extracting(AuditEntryView::action).containsExactly("organisation.unit.deleted",
				"organisation.officer.deleted", "organisation.officer.photo.changed", "organisation.officer.changed",
				"organisation.officer.added", "organisation.unit.moved", "organisation.unit.changed",
				"organisation.unit.added", "organisation.unit.added");
		assertThat(written).allSatisfy(e -> {
			assertThat(e.actor()).isEqualTo("org-audit.publisher");
			assertThat(e.actorRoles()).contains("PUBLISHER");
			assertThat(e.stationId()).isEqualTo(station.id());
		});
		assertThat(written.get(3).beforeSummary()).contains("unit=งานหนึ่ง", "phone=-");
		assertThat(written.get(3).afterSummary()).contains("unit=งานสอง", "phone=0 7600 0111");
		assertThat(directory.units(station.id())).extracting(UnitView::nameEn).containsExactly("Two");
		assertThat(directory.officers(station.id())).isEmpty();
	}

	/** A region administrator acting for the station, as the console's station picker leaves them. */
	MockHttpServletRequestBuilder asRegion(MockHttpServletRequestBuilder request, StationView station, String username) {
		if (accounts.findByUsername(username).isEmpty()) {
			administration.createAccount(null, station.profile().policeRegion(), username, "ผู้ดูแลภาค", Set.of(Role.REGION_ADMIN));
		}
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(ActingStation.SESSION_KEY, station.id());
		return request.session(session).with(user(accounts.findByUsername(username).orElseThrow().toUser()))
			.with(csrf()).cookie(ENGLISH);
	}

	static Map<String, String> profileFields(StationView station, int region, int version) {
		StationProfile p = station.profile();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nameTh", p.nameTh());
		fields.put("nameEn", p.nameEn());
		fields.put("shortNameTh", p.shortNameTh());
		fields.put("shortNameEn", p.shortNameEn());
		fields.put("provinceTh", p.provinceTh());
		fields.put("provinceEn", p.provinceEn());
		fields.put("policeRegion", String.valueOf(region));
		fields.put("addressTh", p.addressTh());
		fields.put("addressEn", p.addressEn());
		fields.put("phone", p.phone());
		fields.put("email", p.email());
		fields.put("version", String.valueOf(version));
		return fields;
	}

	@Test
	void onlyTheRegionsAdministratorMovesTheStationToAnotherRegion() throws Exception {
		StationView station = station("ovs-region");
		ProngsaiUser admin = account(station, "ovs-region.admin", Role.STATION_ADMIN);
		int entriesBefore = entries(station).size();

		String refused = mvc.perform(form(post("/admin/station"), profileFields(station, 9, administration.version(station.id())))
			.with(user(admin)).cookie(ENGLISH))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Only an administrator of the station&#39;s police region can change its region");
		assertThat(directory.find(station.id()).orElseThrow().profile().policeRegion()).isEqualTo(8);
		assertThat(entries(station)).hasSize(entriesBefore);
		// The rest of the profile stays theirs.
		mvc.perform(form(post("/admin/station"), profileFields(station, 8, administration.version(station.id())))
			.with(user(admin)))
			.andExpect(redirectedUrl("/admin/station"));

		mvc.perform(asRegion(post("/admin/station"), station, "ovs-region.region8")
			.params(params(profileFields(station, 9, administration.version(station.id())))))
			.andExpect(redirectedUrl("/admin/station"));
		assertThat(directory.find(station.id()).orElseThrow().profile().policeRegion()).isEqualTo(9);
	}

	@Test
	void onlyTheRegionsAdministratorGivesTheComplaintOfficerRoleOrTouchesSuchAnAccount() throws Exception {
		StationView station = station("ovs-accounts");
		ProngsaiUser admin = account(station, "ovs-accounts.admin", Role.STATION_ADMIN);
		ProngsaiUser handler = account(station, "ovs-accounts.complaints", Role.COMPLAINT_OFFICER);
		ProngsaiUser clerk = account(station, "ovs-accounts.clerk", Role.OFFICER);
		OfficerView someone = officer(station, unit(station, "Traffic").id(), "Someone", false);
		int entriesBefore = entries(station).size();

		String created = mvc.perform(post("/admin/accounts").param("username", "ovs-accounts.second")
			.param("displayName", "Second").param("roles", "COMPLAINT_OFFICER").with(csrf()).with(user(admin)).cookie(ENGLISH))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(created).contains("Only an administrator of the station&#39;s police region can give the complaint officer role");
		assertThat(accounts.findByUsername("ovs-accounts.second")).isEmpty();

		String reset = mvc.perform(post("/admin/accounts/" + handler.accountId() + "/password").with(csrf()).with(user(admin))
			.cookie(ENGLISH))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(reset).contains("issue a new password for or say which officer is a complaint officer");
		assertThat(accounts.findById(handler.accountId()).orElseThrow().toUser().getPassword())
			.isEqualTo(handler.getPassword());

		mvc.perform(post("/admin/accounts/" + handler.accountId() + "/officer").param("officer", someone.id().toString())
			.with(csrf()).with(user(admin)))
			.andExpect(status().isForbidden());
		assertThat(accounts.findById(handler.accountId()).orElseThrow().getOfficerId()).isNull();
		assertThat(entries(station)).hasSize(entriesBefore);

		// Other accounts stay the station's to run.
		mvc.perform(post("/admin/accounts/" + clerk.accountId() + "/password").with(csrf()).with(user(admin)))
			.andExpect(redirectedUrl("/admin/accounts"));

		mvc.perform(asRegion(post("/admin/accounts/" + handler.accountId() + "/officer"), station, "ovs-accounts.region8")
			.param("officer", someone.id().toString()))
			.andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(asRegion(post("/admin/accounts/" + handler.accountId() + "/password"), station, "ovs-accounts.region8"))
			.andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(asRegion(post("/admin/accounts"), station, "ovs-accounts.region8").param("username", "ovs-accounts.second")
			.param("displayName", "Second").param("roles", "COMPLAINT_OFFICER"))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.findById(handler.accountId()).orElseThrow().getOfficerId()).isEqualTo(someone.id());
		assertThat(accounts.findByUsername("ovs-accounts.second")).isPresent();
		assertThat(entries(station).subList(0, 3)).extracting(AuditEntryView::action, AuditEntryView::actor)
			.containsExactly(tuple("account.created", "ovs-accounts.region8"), tuple("account.password.reset", "ovs-accounts.region8"),
					tuple("account.officer.assigned", "ovs-accounts.region8"));
	}

	@Test
	void stationStaffCannotMoveOrDeleteTheOfficersComplaintsAreRoutedAround() throws Exception {
		StationView station = station("ovs-officers");
		ProngsaiUser publisher = account(station, "ovs-officers.publisher", Role.PUBLISHER);
		ProngsaiUser handler = account(station, "ovs-officers.complaints", Role.COMPLAINT_OFFICER);
		UnitView inquiry = unit(station, "Inquiry");
		UnitView traffic = unit(station, "Traffic");
		OfficerView commander = officer(station, null, "Commander", true);
		OfficerView complaintOfficer = officer(station, inquiry.id(), "Complaint Officer", false);
		OfficerView colleague = officer(station, inquiry.id(), "Colleague", false);
		OfficerView patrol = officer(station, traffic.id(), "Patrol", false);
		administration.assignOfficer(station.id(), handler.accountId(), complaintOfficer.id());
		int entriesBefore = entries(station).size();

		for (OfficerView officer : List.of(complaintOfficer, colleague, commander)) {
			String moved = mvc.perform(form(post("/admin/organisation/officers/" + officer.id()),
					changedOfficer(station, officer, traffic.id(), false)).with(user(publisher)).cookie(ENGLISH))
				.andExpect(status().isForbidden())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(moved).as(officer.nameEn()).contains("Only an administrator of the station&#39;s police region can move");
			String deleted = mvc.perform(post("/admin/organisation/officers/" + officer.id() + "/delete")
				.param("version", String.valueOf(organisation.officer(station.id(), officer.id()).version()))
				.with(csrf()).with(user(publisher)).cookie(ENGLISH))
				.andExpect(status().isForbidden())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(deleted).as(officer.nameEn()).contains("Only an administrator of the station&#39;s police region");
		}
		Map<String, String> demoted = changedOfficer(station, commander, null, false);
		mvc.perform(form(post("/admin/organisation/officers/" + commander.id()), demoted).with(user(publisher)))
			.andExpect(status().isForbidden());
		assertThat(directory.officers(station.id())).containsExactlyInAnyOrder(commander, complaintOfficer, colleague, patrol);
		assertThat(entries(station)).hasSize(entriesBefore);

		// What routing does not read, and a move into the complaint officer's unit (which only keeps more from them), stay the station's.
		Map<String, String> phone = changedOfficer(station, complaintOfficer, inquiry.id(), false);
		phone.put("officialPhone", "0 7600 0199");
		mvc.perform(form(post("/admin/organisation/officers/" + complaintOfficer.id()), phone).with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation#officers"));
		mvc.perform(form(post("/admin/organisation/officers/" + patrol.id()), changedOfficer(station, patrol, inquiry.id(), false))
			.with(user(publisher)))
			.andExpect(redirectedUrl("/admin/organisation#officers"));

		mvc.perform(asRegion(post("/admin/organisation/officers/" + colleague.id()), station, "ovs-officers.region8")
			.params(params(changedOfficer(station, colleague, traffic.id(), false))))
			.andExpect(redirectedUrl("/admin/organisation#officers"));
		// An officer an account belongs to is deleted once the account says it is no officer's in particular.
		mvc.perform(asRegion(post("/admin/accounts/" + handler.accountId() + "/officer"), station, "ovs-officers.region8")
			.param("officer", ""))
			.andExpect(redirectedUrl("/admin/accounts"));
		mvc.perform(asRegion(post("/admin/organisation/officers/" + complaintOfficer.id() + "/delete"), station,
				"ovs-officers.region8")
			.param("version", String.valueOf(organisation.officer(station.id(), complaintOfficer.id()).version())))
			.andExpect(redirectedUrl("/admin/organisation#officers"));
		assertThat(directory.officers(station.id())).extracting(OfficerView::nameEn).doesNotContain("Complaint Officer");
		assertThat(accounts.findById(handler.accountId()).orElseThrow().getOfficerId())
			.as("the account is no officer's in particular now, and so gets only complaints naming no one").isNull();
	}

	/** The officer's fields as their edit form sends them back, moved to a unit and with a standing. */
	Map<String, String> changedOfficer(StationView station, OfficerView officer, @Nullable UUID unit, boolean executive) {
		Map<String, String> fields = officerFields(unit == null ? "" : unit.toString(), officer.nameEn(),
				officer.officialPhone() == null ? "" : officer.officialPhone());
		fields.put("nameTh", officer.nameTh());
		fields.put("rankTh", officer.rankTh());
		fields.put("rankEn", officer.rankEn());
		fields.put("titleTh", officer.titleTh());
		fields.put("titleEn", officer.titleEn());
		if (!executive) {
			fields.remove("executive");
		}
		fields.put("version", String.valueOf(organisation.officer(station.id(), officer.id()).version()));
		return fields;
	}

	static MultiValueMap<String, String> params(Map<String, String> fields) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	@AfterAll
	static void auditChainIsIntactAfterAllChanges(@Autowired AuditTrail audit) {
		assertThat(audit.verify().intact()).isTrue();
	}
}
