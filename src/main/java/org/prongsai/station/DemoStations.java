package org.prongsai.station;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.prongsai.platform.files.FileUse;
import org.prongsai.platform.files.Files;
import org.prongsai.platform.files.StoredFileView;
import org.prongsai.platform.security.Passwords;
import org.prongsai.platform.security.Role;
import org.prongsai.platform.web.BeforeServing;

/**
 * Seeds the fictional demo: สภ.กมลา (a real station's name, with fictional officers and contact
 * details) and a second, wholly fictional station of the same region, with an account for every
 * role. The executives have drawn portraits, never photos of real people. Runs once, on the first
 * start of a demo deployment; the passwords are printed once.
 */
@Component
class DemoStations extends BeforeServing {

	static final String KAMALA = "kamala";

	static final String THUNG_THONG = "thung-thong";

	private static final Logger log = LoggerFactory.getLogger(DemoStations.class);

	private final DemoMode demo;
	private final Stations stations;
	private final OrgUnits units;
	private final Officers officers;
	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Files files;
	private final @Nullable String fixedPassword;

	DemoStations(DemoMode demo, Stations stations, OrgUnits units, Officers officers, Accounts accounts,
			PasswordEncoder encoder, TransactionTemplate transaction, Clock clock, Files files,
			@Value("${prongsai.demo.password:}") @Nullable String fixedPassword) {
		super(0);
		this.demo = demo;
		this.stations = stations;
		this.units = units;
		this.officers = officers;
		this.accounts = accounts;
		this.encoder = encoder;
		this.transaction = transaction;
		this.clock = clock;
		this.files = files;
		this.fixedPassword = fixedPassword == null || fixedPassword.isBlank() ? null : fixedPassword;
	}

	@Override
	protected void prepare() {
		if (!demo.enabled() || stations.findByCode(KAMALA).isPresent()) {
			return;
		}
		List<String> printed = transaction.execute(status -> seed());
		StringBuilder banner = new StringBuilder("\n\n  DEMO ACCOUNTS (fictional stations; shown once, keep them now)\n");
		printed.forEach(line -> banner.append("    ").append(line).append('\n'));
		log.info(banner.toString());
	}

	private List<String> seed() {
		Station kamala = stations.save(Station.create(KAMALA, new StationProfile("สถานีตำรวจภูธรกมลา",
				"Kamala Provincial Police Station", "สภ.กมลา", "Kamala Police Station", "ภูเก็ต", "Phuket", 8,
				"99 ถนนสาธิต ตำบลกมลา อำเภอกะทู้ จังหวัดภูเก็ต 83150 (ที่อยู่สมมติ)",
				"99 Demo Road, Kamala, Kathu, Phuket 83150 (fictional address)", "0 7600 0191",
				"kamala.demo@example.org", new BigDecimal("7.950300"), new BigDecimal("98.283400"),
				"https://www.facebook.com/example.kamala.demo", "https://line.me/R/ti/p/@example-kamala", null, null,
				null, "https://www.youtube.com/@example-kamala-demo"), true, clock.instant()));
		Station thungThong = stations.save(Station.create(THUNG_THONG, new StationProfile("สถานีตำรวจภูธรทุ่งทอง",
				"Thung Thong Provincial Police Station", "สภ.ทุ่งทอง", "Thung Thong Police Station", "พังงา",
				"Phang Nga", 8, "1 หมู่ 1 ตำบลทุ่งทอง จังหวัดพังงา 82000 (สถานีสมมติ)",
				"1 Moo 1, Thung Thong, Phang Nga 82000 (fictional station)", "0 7600 0192",
				"thungthong.demo@example.org", new BigDecimal("8.450000"), new BigDecimal("98.530000"), null, null,
				null, null, null, null), true, clock.instant()));

		UUID k = kamala.getId();
		OrgUnit admin = units.save(OrgUnit.create(k, 1, "ฝ่ายอำนวยการ", "Administration and Support",
				WorkLine.ADMINISTRATION, "งานธุรการ กำลังพล การเงิน พัสดุ และงานสนับสนุนของสถานี",
				"Correspondence, personnel, finance, supply and support for the station", 12, 10));
		OrgUnit prevention = units.save(OrgUnit.create(k, 2, "งานป้องกันปราบปราม", "Prevention and Suppression",
				WorkLine.PREVENTION_SUPPRESSION, "ป้องกันและปราบปรามอาชญากรรม ตั้งจุดตรวจ สายตรวจ และรักษาความสงบเรียบร้อย",
				"Crime prevention and suppression, checkpoints, patrols and public order", 40, 35));
		OrgUnit traffic = units.save(OrgUnit.create(k, 3, "งานจราจร", "Traffic", WorkLine.TRAFFIC,
				"อำนวยความสะดวกและบังคับใช้กฎหมายจราจร ออกใบสั่ง และป้องกันอุบัติเหตุ",
				"Traffic management and enforcement, tickets and accident prevention", 15, 12));
		OrgUnit investigation = units.save(OrgUnit.create(k, 4, "งานสืบสวน", "Investigation", WorkLine.INVESTIGATION,
				"สืบสวนหาข่าว ติดตามจับกุมผู้กระทำผิด", "Intelligence and tracking down offenders", 12, 10));
		OrgUnit inquiry = units.save(OrgUnit.create(k, 5, "งานสอบสวน", "Inquiry", WorkLine.INQUIRY,
				"รับแจ้งความ สอบสวนคดีอาญา และทำสำนวนส่งพนักงานอัยการ",
				"Receiving complaints, criminal inquiries and case files for the prosecutor", 14, 12));

		officers.save(Officer.create(k, null, 1, "พ.ต.อ.", "Pol. Col.", "สมมติ รักษ์ธรรม", "Sommut Rakthamma",
				"ผู้กำกับการสถานีตำรวจภูธรกมลา", "Superintendent", "0 7600 0100", true));
		officers.save(Officer.create(k, prevention.getId(), 2, "พ.ต.ท.", "Pol. Lt. Col.", "ตัวอย่าง ใจซื่อ",
				"Tuayang Jaisue", "รองผู้กำกับการป้องกันปราบปราม", "Deputy Superintendent (Prevention and Suppression)",
				"0 7600 0101", true));
		officers.save(Officer.create(k, admin.getId(), 3, "พ.ต.ต.", "Pol. Maj.", "ทดลอง มั่นคง", "Thodlong Mankhong",
				"สารวัตรอำนวยการ", "Inspector (Administration)", "0 7600 0102", true));
		officers.save(Officer.create(k, investigation.getId(), 4, "พ.ต.ต.", "Pol. Maj.", "สาธิต สุจริต",
				"Sathit Sucharit", "สารวัตรสืบสวน", "Inspector (Investigation)", "0 7600 0103", true));
		officers.save(Officer.create(k, inquiry.getId(), 5, "พ.ต.ต.", "Pol. Maj.", "จำลอง เที่ยงตรง",
				"Jamlong Thiangtrong", "สารวัตรสอบสวน", "Inspector (Inquiry)", "0 7600 0104", true));
		officers.save(Officer.create(k, traffic.getId(), 6, "พ.ต.ต.", "Pol. Maj.", "สมมุติ ปลอดภัย",
				"Sommut Plodphai", "สารวัตรจราจร", "Inspector (Traffic)", "0 7600 0105", true));
		officers.save(Officer.create(k, admin.getId(), 7, "ด.ต.", "Pol. Sen. Sgt. Maj.", "ข้อมูล เปิดเผย",
				"Khomun Poetphoei", "ผู้บังคับหมู่ (จัดทำข้อมูลและเผยแพร่)", "Squad Leader (Publishing)", "0 7600 0110",
				false));
		// Two complaint officers in different units, so that a complaint naming either unit still
		// has someone outside its chain of command to handle it.
		Officer complaintsAdmin = officers.save(Officer.create(k, admin.getId(), 8, "ร.ต.อ.", "Pol. Capt.",
				"รับเรื่อง เป็นธรรม", "Rapruang Pentham", "รองสารวัตรอำนวยการ (รับเรื่องร้องเรียน)",
				"Deputy Inspector (Administration, complaints)", "0 7600 0111", false));
		Officer complaintsTraffic = officers.save(Officer.create(k, traffic.getId(), 9, "ร.ต.ท.", "Pol. Lt.",
				"ตรงไป ตรงมา", "Trongpai Trongma", "รองสารวัตรจราจร (รับเรื่องร้องเรียน)",
				"Deputy Inspector (Traffic, complaints)", "0 7600 0112", false));

		UUID t = thungThong.getId();
		units.save(OrgUnit.create(t, 1, "ฝ่ายอำนวยการ", "Administration and Support", WorkLine.ADMINISTRATION,
				"งานธุรการและสนับสนุน", "Administration and support", 6, 5));
		officers.save(Officer.create(t, null, 1, "พ.ต.อ.", "Pol. Col.", "ทองดี สมมติ", "Thongdee Sommut",
				"ผู้กำกับการสถานีตำรวจภูธรทุ่งทอง", "Superintendent", "0 7600 0200", true));
		portraits(k, "kamala.admin");
		portraits(t, "thungthong.admin");

		List<String> printed = new ArrayList<>();
		account(printed, k, null, "kamala.commander", "พ.ต.อ.สมมติ รักษ์ธรรม", EnumSet.of(Role.COMMANDER));
		account(printed, k, null, "kamala.admin", "ผู้ดูแลระบบ สภ.กมลา", EnumSet.of(Role.STATION_ADMIN));
		account(printed, k, null, "kamala.publisher", "ด.ต.ข้อมูล เปิดเผย", EnumSet.of(Role.PUBLISHER));
		account(printed, k, null, "kamala.officer", "ส.ต.อ.ตัวอย่าง ขยัน", EnumSet.of(Role.OFFICER));
		account(printed, k, null, "kamala.finance", "ด.ต.หญิงการเงิน ถูกต้อง", EnumSet.of(Role.FINANCE));
		account(printed, k, null, "kamala.supply", "ด.ต.พัสดุ ครบถ้วน", EnumSet.of(Role.SUPPLY));
		belongs(account(printed, k, null, "kamala.complaints", "ร.ต.อ.รับเรื่อง เป็นธรรม", EnumSet.of(Role.COMPLAINT_OFFICER)),
				complaintsAdmin);
		belongs(account(printed, k, null, "kamala.integrity", "ร.ต.ท.ตรงไป ตรงมา", EnumSet.of(Role.COMPLAINT_OFFICER)),
				complaintsTraffic);
		account(printed, k, null, "kamala.assessor", "ผู้ตรวจประเมิน (สาธิต)", EnumSet.of(Role.ASSESSOR));
		account(printed, t, null, "thungthong.admin", "ผู้ดูแลระบบ สภ.ทุ่งทอง", EnumSet.of(Role.STATION_ADMIN));
		account(printed, null, 8, "region8.admin", "ผู้ดูแลระบบ ภ.8 (สาธิต)", EnumSet.of(Role.REGION_ADMIN));
		return printed;
	}

	/** Gives each executive of the station a portrait, as item O1 asks for. */
	private void portraits(UUID station, String uploadedBy) {
		int seed = 0;
		for (Officer officer : officers.findByStationIdOrderByPosition(station)) {
			if (officer.view().executive()) {
				StoredFileView photo = files.upload(station, FileUse.PHOTO, "portrait-" + (seed + 1) + ".png",
						new ByteArrayInputStream(portrait(seed++)), uploadedBy);
				officer.showPhoto(photo.id());
				officers.save(officer);
			}
		}
	}

	/**
	 * A PNG portrait of 240 × 320 pixels drawn with shapes only: a head in a peaked cap above the
	 * shoulders of a khaki uniform, on a background that differs by the seed. The same seed always
	 * gives the same bytes.
	 */
	static byte[] portrait(int seed) {
		Color[] backgrounds = { new Color(0xDCE6F0), new Color(0xE8E0D0), new Color(0xDDEBDD), new Color(0xEEDDE4),
				new Color(0xE4E4EE), new Color(0xF0E8D8) };
		BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(backgrounds[Math.floorMod(seed, backgrounds.length)]);
			g.fillRect(0, 0, 240, 320);
			g.setColor(new Color(0x6B5535));
			g.fillRoundRect(20, 230, 200, 160, 90, 90);
			g.setColor(new Color(0xF4F1EA));
			g.fillPolygon(new int[] { 100, 120, 140 }, new int[] { 230, 262, 230 }, 3);
			g.setColor(new Color(0xC9A27E));
			g.fillRect(104, 190, 32, 44);
			g.fillOval(76, 96, 88, 108);
			g.setColor(new Color(0x3B2F22));
			g.fillRoundRect(70, 70, 100, 42, 24, 24);
			g.fillRect(62, 104, 116, 9);
			g.setColor(new Color(0xD4AF37));
			g.fillOval(111, 78, 18, 18);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Account account(List<String> printed, @Nullable UUID station, @Nullable Integer region, String username,
			String name, Set<Role> roles) {
		String password = fixedPassword != null ? fixedPassword : Passwords.generate();
		printed.add(String.format("%-20s %-18s %s", username, roles.iterator().next(), password));
		return accounts.save(Account.create(station, region, username, encoder.encode(password), name, roles,
				clock.instant()));
	}

	private void belongs(Account account, Officer officer) {
		account.belongTo(officer.getId());
		accounts.save(account);
	}
}
