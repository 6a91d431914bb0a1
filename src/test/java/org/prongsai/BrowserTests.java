package org.prongsai;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.disclosure.LocalizedText;
import org.prongsai.disclosure.Publishing;
import org.prongsai.disclosure.SampleDocuments;
import org.prongsai.integrity.ComplaintFixtures;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.platform.files.CheckedFile;
import org.prongsai.platform.files.FileUse;
import org.prongsai.station.StationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public pages in a real browser (the system's Chromium, headless, reaching no host but this
 * one): language switching, navigation, signing in and out with the keyboard-free form, the skip
 * link, and axe-core's WCAG 2.0/2.1 A and AA plus best-practice rules on every page visited.
 * Skipped where Chromium or its driver is not installed, except on CI, where that is a failure.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"prongsai.demo.enabled=true",
		"prongsai.demo.password=" + BrowserTests.PASSWORD,
		"prongsai.files.root=target/browser-tests/files",
		"prongsai.keys.root=target/browser-tests/keys" })
@TestInstance(Lifecycle.PER_CLASS)
class BrowserTests {

	static final String PASSWORD = "browser-demo-password";

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Publishing publishing;

	@Autowired
	org.prongsai.platform.files.Files files;

	@Autowired
	StationDirectory stations;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	private Path downloads;

	private WebDriverWait wait;

	private Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed) {
			String missing = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(missing + "; the browser tests must run on CI");
			}
			assumeTrue(false, missing + ": browser tests skipped (apt-get install chromium chromium-driver)");
		}
		profile = Files.createTempDirectory("prongsai-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
				"--window-size=1280,900", "--lang=th");
		downloads = Files.createDirectories(profile.resolve("downloads"));
		// Files download into the profile instead of opening in the PDF viewer.
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** Every scenario starts as a new visitor: Thai, signed out. */
	@BeforeEach
	void newVisitor() {
		open("/stations");
		browser.manage().deleteAllCookies();
	}

	@Test
	void switchesToEnglishAndFindsTheContactDetails() {
		open("/kamala");
		assertThat(language()).isEqualTo("th");
		assertThat(heading()).isEqualTo("สถานีตำรวจภูธรกมลา");
		assertAccessible("/kamala (th)");

		WebElement switchLink = browser.findElement(By.cssSelector(".prongsai-header__tools a[hreflang=en]"));
		assertThat(switchLink.getText()).isEqualTo("English");
		leavePageBy(switchLink::click);
		wait.until(d -> "en".equals(language()));
		assertThat(heading()).isEqualTo("Kamala Provincial Police Station");
		assertAccessible("/kamala (en)");

		leavePageBy(() -> browser.findElement(By.cssSelector("nav.govuk-service-navigation")).findElement(By.linkText("Contact us")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/contact$"));
		assertThat(language()).as("the language is kept by the cookie").isEqualTo("en");
		assertThat(heading()).isEqualTo("Contact Kamala Police Station");
		assertThat(summaryValue("Name").getText()).isEqualTo("Kamala Provincial Police Station");
		assertThat(summaryValue("Address").getText()).startsWith("99 Demo Road, Kamala, Kathu, Phuket 83150");
		assertThat(summaryValue("Phone").findElement(By.tagName("a")).getAttribute("href")).isEqualTo("tel:076000191");
		assertThat(summaryValue("E-mail").findElement(By.tagName("a")).getText()).isEqualTo("kamala.demo@example.org");
		assertThat(summaryValue("Location").findElement(By.tagName("a")).getText())
			.isEqualTo("Open the map (OpenStreetMap)");
		assertAccessible("/kamala/contact (en)");

		open("/stations");
		assertThat(language()).isEqualTo("en");
		assertAccessible("/stations (en)");
		open("/login");
		assertAccessible("/login (en)");
		open("/kamala/no-such-page");
		assertThat(language()).isEqualTo("en");
		assertAccessible("404 (en)");
	}

	@Test
	void thaiPagesAreAccessible() {
		open("/kamala/contact");
		assertThat(language()).isEqualTo("th");
		assertThat(summaryValue("ที่อยู่").isDisplayed()).isTrue();
		assertAccessible("/kamala/contact (th)");
		open("/stations");
		assertAccessible("/stations (th)");
		open("/login");
		assertAccessible("/login (th)");
		open("/kamala/no-such-page");
		assertThat(language()).isEqualTo("th");
		assertAccessible("404 (th)");
	}

	@Test
	void disclosureEServicesAndComplaintPagesAreAccessibleInBothLanguages() {
		for (String language : List.of("th", "en")) {
			for (String path : List.of("/kamala/oit", "/kamala/e-services", "/kamala/e-services/guide/report", "/kamala/complaints",
					"/kamala/questions", "/kamala/questions/ask", "/kamala/feedback")) {
				open(path + "?lang=" + language);
				assertThat(language()).isEqualTo(language);
				assertAccessible(path + " (" + language + ")");
			}
		}
		open("/kamala/e-services?lang=en");
		assertThat(browser.findElements(By.cssSelector("a[href='https://thaipoliceonline.go.th']"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("a[href='https://ptm.police.go.th/eTicket/']"))).hasSize(1);
		open("/kamala/oit?lang=en");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(25);
	}

	@Test
	void itemPagesIndexAndAnEarlierVersionAreAccessibleInBothLanguages() {
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		FiscalYear year = FiscalYear.of(2567);
		LocalizedText title = new LocalizedText("รายงานผลการปฏิบัติราชการ", "Operations report");
		try (CheckedFile pdf = files.check(FileUse.PUBLICATION, "report.pdf", new ByteArrayInputStream(SampleDocuments.pdf("october")));
				CheckedFile docx = files.check(FileUse.PUBLICATION, "report.docx", new ByteArrayInputStream(SampleDocuments.docx()))) {
			publishing.publishDocument(kamala, year, "O7", "operations-report", YearMonth.of(2023, 10), null, title, pdf,
					"browser-tests");
			publishing.publishDocument(kamala, year, "O7", "operations-report", YearMonth.of(2023, 10), null, title, docx,
					"browser-tests");
		}
		publishing.publishText(kamala, year, "anti-bribery-policy#objective", "th", "สถานีไม่รับของขวัญทุกชนิด", "browser-tests");
		publishing.publishText(kamala, year, "anti-bribery-policy#objective", "en", "The station accepts no gifts.", "browser-tests");
		publishing.publishNews(kamala, "commander-integrity", LocalDate.of(2024, 1, 9), title, title, "browser-tests");
		publishing.setLink(kamala, "eservice.report", "https://thaipoliceonline.go.th", "browser-tests");
		String today = LocalDate.now(FiscalYear.BANGKOK).toString();
		for (String language : List.of("th", "en")) {
			for (String path : List.of("/kamala/oit/2567", "/kamala/oit/2567/O1", "/kamala/oit/2567/O2", "/kamala/oit/2567/O3",
					"/kamala/oit/2567/O4", "/kamala/oit/2567/O5", "/kamala/oit/2567/O7", "/kamala/oit/2567/O10",
					"/kamala/oit/2567/O11", "/kamala/oit/2567/O14", "/kamala/oit/2567/O18", "/kamala/oit/2567/O19",
					"/kamala/oit/2567/O7?at=" + today)) {
				open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(language()).isEqualTo(language);
				assertAccessible(path + " (" + language + ")");
			}
		}
		assertThat(browser.findElements(By.cssSelector(".govuk-notification-banner"))).as("the earlier version says so")
			.hasSize(1);
		open("/kamala/oit/2567/O18?lang=en");
		assertThat(browser.findElements(By.cssSelector("main [lang=th], main [lang=en]"))).hasSize(2);
		open("/kamala/oit/2567/O7?lang=en");
		assertThat(browser.findElements(By.linkText("Operations report"))).hasSize(2);
	}

	@Test
	void staffConsoleAndProfileFormAreAccessibleAndTellWhatToFix() throws IOException {
		signIn("kamala.admin", "en");
		assertAccessible("/admin (en)");

		leavePageBy(() -> browser.findElement(By.linkText("Station profile and contact")).click());
		wait.until(ExpectedConditions.urlMatches("/admin/station$"));
		assertAccessible("/admin/station (en)");
		WebElement email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("not an address");
		leavePageBy(() -> browser.findElement(By.xpath("//button[normalize-space()='Save']")).click());
		WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(summary.getText()).contains("E-mail must be an e-mail address");
		summary.findElement(By.linkText("E-mail must be an e-mail address, like name@example.org")).click();
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the summary link leads to the field")
			.isEqualTo("email");
		assertThat(browser.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("/admin/station with errors (en)");
		Files.createDirectories(SCREENSHOTS);
		screenshot("admin-profile-errors-en-desktop.png", 1280, 900, false);

		open("/admin/audit?lang=th");
		assertAccessible("/admin/audit (th)");
		signOut();
	}

	@Test
	void organisationScreensAreAccessibleAndTellWhatToFix() throws IOException {
		open("/kamala/contact?lang=en");
		List<WebElement> photos = browser.findElements(By.cssSelector("main img.prongsai-officer-photo"));
		assertThat(photos).as("every demo executive has a photo").hasSize(6);
		assertThat(photos).allSatisfy(photo -> assertThat(photo.getDomProperty("naturalWidth")).isNotEqualTo("0"));
		assertThat(photos.get(0).getDomAttribute("alt")).isEqualTo("Pol. Col. Sommut Rakthamma");

		signIn("kamala.publisher", "en");
		leavePageBy(() -> browser.findElement(By.linkText("Units and officers")).click());
		wait.until(ExpectedConditions.urlMatches("/admin/organisation$"));
		assertThat(browser.findElements(By.cssSelector(".prongsai-table-scroll tbody tr")))
			.isNotEmpty();
		assertAccessible("/admin/organisation (en)");
		Files.createDirectories(SCREENSHOTS);
		screenshot("admin-organisation-en-desktop.png", 1280, 900, false);

		leavePageBy(() -> browser.findElement(By.cssSelector("a[href*='/admin/organisation/units/']")).click());
		wait.until(ExpectedConditions.urlContains("/admin/organisation/units/"));
		assertAccessible("/admin/organisation/units/{id} (en)");
		WebElement authorised = browser.findElement(By.id("authorisedStrength"));
		authorised.clear();
		authorised.sendKeys("-5");
		browser.findElement(By.id("nameEn")).clear();
		leavePageBy(() -> browser.findElement(By.xpath("//button[normalize-space()='Save']")).click());
		WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(summary.getText()).contains("Name in English is required",
				"Authorised strength must be a whole number from 0 to 9999");
		summary.findElement(By.linkText("Authorised strength must be a whole number from 0 to 9999")).click();
		assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("authorisedStrength");
		assertAccessible("/admin/organisation/units/{id} with errors (en)");

		open("/admin/organisation/officers/new");
		assertAccessible("/admin/organisation/officers/new (en)");
		open("/admin/organisation?lang=th");
		leavePageBy(() -> browser.findElement(By.cssSelector("a[href*='/admin/organisation/officers/']:not([href$='/new'])")).click());
		wait.until(ExpectedConditions.urlContains("/admin/organisation/officers/"));
		assertThat(browser.findElement(By.cssSelector("main img.prongsai-officer-photo")).getDomAttribute("alt"))
			.isEqualTo("พ.ต.อ.สมมติ รักษ์ธรรม");
		assertThat(browser.findElement(By.id("executive")).isSelected()).as("the commander is an executive").isTrue();
		assertAccessible("/admin/organisation/officers/{id} (th)");
		screenshot("admin-officer-th-desktop.png", 1280, 900, false);
		open("/admin/duty?lang=en");
		assertAccessible("/admin/duty (en)");
		browser.findElement(By.id("desk-phone")).sendKeys("call us");
		leavePageBy(() -> browser.findElement(By.cssSelector("#duty-form button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertAccessible("/admin/duty with an error (en)");
		open("/admin/signs?lang=en");
		assertAccessible("/admin/signs (en)");
		open("/admin/duty?lang=th");
		signOut();
	}

	@Test
	void signsInThroughTheFormAndOut() {
		open("/kamala?lang=en");
		leavePageBy(() -> browser.findElement(By.linkText("Staff sign in")).click());
		wait.until(ExpectedConditions.urlMatches("/login$"));
		browser.findElement(By.id("username")).sendKeys("kamala.admin");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());

		WebElement signOut = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//header//button[normalize-space()='Sign out']")));
		assertThat(browser.getCurrentUrl()).endsWith("/admin");
		assertThat(browser.findElements(By.id("password"))).as("the sign-in form is gone").isEmpty();
		assertThat(browser.findElements(By.linkText("Staff sign in"))).isEmpty();

		leavePageBy(signOut::click);
		assertThat(browser.getCurrentUrl()).endsWith("/kamala");
		assertThat(browser.findElements(By.xpath("//header//button[normalize-space()='Sign out']"))).isEmpty();
		assertThat(browser.findElement(By.linkText("Staff sign in")).isDisplayed()).isTrue();
		open("/admin");
		assertThat(browser.getCurrentUrl()).as("signed out: the console asks to sign in again").endsWith("/login");
	}

	@Test
	void wrongPasswordIsTold() {
		open("/login?lang=en");
		browser.findElement(By.id("username")).sendKeys("kamala.admin");
		browser.findElement(By.id("password")).sendKeys("not the password");
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		wait.until(ExpectedConditions.urlMatches("/login\\?error$"));
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("The username or password is not correct");
		assertAccessible("/login?error (en)");
	}

	@Test
	void firstTabFocusesTheSkipLink() {
		for (String path : List.of("/kamala", "/kamala/contact", "/stations", "/login")) {
			open(path);
			new Actions(browser).sendKeys(Keys.TAB).perform();
			WebElement focused = browser.switchTo().activeElement();
			assertThat(focused.getAttribute("class")).as("first Tab on " + path).contains("govuk-skip-link");
			assertThat(focused.getDomAttribute("href")).isEqualTo("#main-content");
			assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();
			assertThat(browser.findElements(By.cssSelector("main#main-content"))).hasSize(1);
			focused.sendKeys(Keys.ENTER);
			assertThat(browser.getCurrentUrl()).endsWith(path + "#main-content");
		}
	}

	@Test
	void screenshotsOfTheHomePage() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		open("/kamala");
		screenshot("home-th-phone.png", 390, 844, true);
		screenshot("home-th-desktop.png", 1280, 900, false);
		open("/kamala/contact?lang=en");
		screenshot("contact-en-phone.png", 390, 844, true);
		open("/kamala?lang=en");
		screenshot("home-en-phone.png", 390, 844, true);
		screenshot("home-en-desktop.png", 1280, 900, false);
		browser.manage().deleteAllCookies();
	}

	@Test
	void aPublisherUploadsTheMissingWordFileAndWatchesTheItemTurnGreen() throws IOException {
		signIn("kamala.publisher", "th");

		open("/admin/readiness?year=2567&cutOff=2024-05-15");
		WebElement o7 = browser.findElement(By.cssSelector("a.prongsai-tile[href='#O7']"));
		assertThat(o7.getDomAttribute("class")).contains("prongsai-tile--fail");
		assertThat(o7.getText()).contains("ไม่ผ่าน");
		assertAccessible("/admin/readiness (th)");
		assertThat(browser.findElement(By.id("O7")).getText()).contains("ม.ค. 2567 (DOCX)");

		leavePageBy(() -> browser.findElement(By.id("O7")).findElement(By.linkText("แก้ไข")).click());
		wait.until(ExpectedConditions.urlContains("/admin/disclosure/2567/O7"));
		assertAccessible("/admin/disclosure/2567/O7 (th)");
		Path word = Files.createTempFile("operations-report-", ".docx");
		Files.write(word, org.prongsai.disclosure.SampleDocuments.docx());
		WebElement section = browser.findElement(By.id("element-monthly-reports"));
		section.findElement(By.name("file")).sendKeys(word.toAbsolutePath().toString());
		new org.openqa.selenium.support.ui.Select(section.findElement(By.name("month"))).selectByVisibleText("ม.ค. 2567");
		leavePageBy(() -> section.findElement(By.cssSelector("button[type=submit].govuk-button:not(.govuk-button--warning)")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
		Files.deleteIfExists(word);

		open("/admin/readiness?year=2567&cutOff=2024-05-15");
		assertThat(browser.findElement(By.cssSelector("a.prongsai-tile[href='#O7']")).getDomAttribute("class"))
			.contains("prongsai-tile--pass");
		for (String item : List.of("O3", "O4", "O18")) {
			open("/admin/disclosure/2567/" + item + "?lang=en");
			assertAccessible("/admin/disclosure/2567/" + item + " (en)");
		}
		open("/admin/operations?month=2023-12&lang=en");
		assertAccessible("/admin/operations (en)");
		open("/admin/statistics?month=2024-02&lang=en");
		assertAccessible("/admin/statistics (en)");
		WebElement persons = browser.findElement(By.id("checkpoint-persons"));
		persons.clear();
		persons.sendKeys("many");
		leavePageBy(() -> browser.findElement(By.cssSelector("#checkpoint-entry button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(browser.findElement(By.id("checkpoint-persons")).getDomProperty("value")).as("what was typed stays")
			.isEqualTo("many");
		assertAccessible("/admin/statistics with an error (en)");
		WebElement theft = browser.findElement(By.id("crime-reported-3.1"));
		theft.clear();
		theft.sendKeys("ten");
		leavePageBy(() -> browser.findElement(By.cssSelector("#crime-entry button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary a[href='#crime-reported-3.1']")));
		assertAccessible("/admin/statistics with a crime entry error (en)");
		open("/admin?lang=th");
		signOut();
	}

	@Test
	void financeChecksTheProcurementScreenAndAVisitorDownloadsAMonthsSummaryFromO15() throws Exception {
		signIn("kamala.finance", "en");
		open("/admin/procurement?month=2024-01&lang=en");
		assertThat(heading()).isEqualTo("Procurement, January 2024");
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).hasSize(2);
		assertAccessible("/admin/procurement (en)");
		browser.findElement(By.id("subject")).sendKeys("จัดซื้อหมึกพิมพ์");
		leavePageBy(() -> browser.findElement(By.cssSelector("#procurement-form button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertAccessible("/admin/procurement with an error (en)");
		open("/admin/procurement-plan?year=2567&lang=en");
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).as("the demo's plan and announcements").hasSize(5);
		assertAccessible("/admin/procurement-plan (en)");
		browser.findElement(By.id("plan-subject")).sendKeys("จัดซื้อหมึกพิมพ์");
		leavePageBy(() -> browser.findElement(By.cssSelector("#plan-form button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(browser.findElement(By.id("plan-subject")).getDomProperty("value")).isEqualTo("จัดซื้อหมึกพิมพ์");
		assertAccessible("/admin/procurement-plan with an error (en)");
		signOut();

		open("/kamala/oit/2567/O15?lang=en");
		wait.until(ExpectedConditions.urlContains("/kamala/oit/2567/O15"));
		assertAccessible("/kamala/oit/2567/O15 (en)");
		WebElement january = wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//tr[td[normalize-space()='Jan 2024']]//a[../../td/strong[normalize-space()='PDF']]")));
		january.click();
		// Chromium writes a download under a temporary name and renames it once it is whole.
		Path pdf = new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("the PDF downloaded").until(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.contains("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมกราคม 2567", "จัดซื้อวัสดุสำนักงาน", "อู่ทดสอบการช่าง");
		}
	}

	@Test
	void financeChecksTheBudgetAndFundScreensAndTheCommanderAcknowledgesTheSixMonthReport() {
		signIn("kamala.finance", "en");
		open("/admin/budget?year=2567&lang=en");
		assertThat(heading()).isEqualTo("Budget spending plan, fiscal year 2567");
		assertThat(browser.findElements(By.cssSelector("main table tbody tr")).size()).isGreaterThan(20);
		assertAccessible("/admin/budget (en)");
		browser.findElement(By.id("description")).sendKeys("ค่าซ่อมบำรุงอาคาร");
		leavePageBy(() -> browser.findElement(By.cssSelector("#line-form button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Enter a planned amount for at least one quarter");
		assertAccessible("/admin/budget with an error (en)");
		open("/admin/budget/report?year=2567&lang=en");
		assertAccessible("/admin/budget/report (en)");
		open("/admin/investigation-fund?year=2567&lang=en");
		assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("45,000.00", "6,500.00");
		assertAccessible("/admin/investigation-fund (en)");
		signOut();

		signIn("kamala.commander", "th");
		open("/admin/budget/report?year=2567&lang=th");
		assertThat(browser.findElement(By.id("acknowledgement")).getText()).contains("หัวหน้าสถานีรับทราบแล้ว");
		assertAccessible("/admin/budget/report as the commander (th)");
		open("/kamala/oit/2567/O13?lang=en");
		assertAccessible("/kamala/oit/2567/O13 (en)");
		open("/admin?lang=th");
		signOut();
	}

	@Test
	void theComplaintOfficerPublishesTheStatisticsAndTheirScreensChartAndRegionViewAreAccessible() {
		UUID kamala = stations.findByCode("kamala").orElseThrow().id();
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", null, ComplaintFixtures.bangkok(2023, 10, 2, 9, 0), "CONCLUDED",
				ComplaintFixtures.bangkok(2023, 11, 2, 9, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", null, ComplaintFixtures.bangkok(2023, 10, 9, 9, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "BRIBERY", null, ComplaintFixtures.bangkok(2023, 10, 16, 9, 0));
		ComplaintFixtures.complaint(jdbc, kamala, "NEGLECT", null, ComplaintFixtures.bangkok(2024, 1, 16, 9, 0));
		signIn("kamala.complaints", "en");
		open("/admin/complaint-statistics?year=2567&lang=en");
		assertThat(heading()).isEqualTo("Corruption and misconduct complaint statistics");
		assertAccessible("/admin/complaint-statistics (en)");
		leavePageBy(() -> browser.findElement(By.cssSelector("#publish button[type=submit]")).click());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-notification-banner")));
		assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("The complaint statistics are published");
		signOut();
		for (String language : List.of("th", "en")) {
			open("/kamala/oit/2567/O17?lang=" + language);
			assertThat(browser.findElements(By.cssSelector("figure svg[role=img]"))).hasSize(1);
			assertAccessible("/kamala/oit/2567/O17 (" + language + ")");
		}
		signIn("region8.admin", "en");
		open("/admin/complaint-statistics/region?year=2567&lang=en");
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
		assertAccessible("/admin/complaint-statistics/region (en)");
		signOut();
	}

	@Test
	void regionViewAndSearchAreAccessible() {
		open("/kamala/search?q=" + java.net.URLEncoder.encode("รายงาน", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(browser.findElements(By.cssSelector("main ul.govuk-list li"))).isNotEmpty();
		assertAccessible("/kamala/search (th)");
		open("/kamala/search?lang=en");
		assertAccessible("/kamala/search (en)");

		signIn("region8.admin", "en");
		leavePageBy(() -> browser.findElement(By.linkText("Readiness of the region's stations")).click());
		wait.until(ExpectedConditions.urlContains("/admin/region"));
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(2);
		assertAccessible("/admin/region (en)");
		signOut();
	}

	@Test
	void aCitizenReportsALostDocumentAndAnOfficerIssuesACertificateWhoseVerificationPageIsAccessible() {
		open("/kamala/e-services/lost-document");
		assertAccessible("/kamala/e-services/lost-document (th)");
		open("/kamala/e-services/lost-document?lang=en");
		assertAccessible("/kamala/e-services/lost-document (en)");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("documentType"))).selectByValue("BANK_BOOK");
		browser.findElement(By.id("lostPlace")).sendKeys("Kamala market");
		browser.findElement(By.id("holderName")).sendKeys("Anna Example");
		browser.findElement(By.cssSelector("label[for='holderIdKind-PASSPORT']")).click();
		browser.findElement(By.id("holderIdTail")).sendKeys("X123");
		browser.findElement(By.id("email")).sendKeys("anna@example.org");
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a valid date of loss");
		assertAccessible("/kamala/e-services/lost-document refused (en)");
		browser.findElement(By.id("lostOn")).sendKeys(Keys.chord("01", "05", "2024"));
		String typed = browser.findElement(By.id("lostOn")).getDomProperty("value");
		if (typed == null || typed.isEmpty()) {
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('lostOn').value='2024-01-05'");
		}
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		wait.until(ExpectedConditions.urlContains("/lost-document/filed"));
		String reference = browser.findElement(By.id("reference")).getText();
		assertThat(reference).matches("[0-9A-Z]{10}");
		assertAccessible("/kamala/e-services/lost-document/filed (en)");

		signIn("kamala.officer", "en");
		open("/admin/certificates");
		assertAccessible("/admin/certificates (en)");
		leavePageBy(() -> browser.findElement(By.linkText(reference)).click());
		assertAccessible("/admin/certificates/" + reference + " (en)");
		leavePageBy(() -> browser.findElement(By.xpath("//button[normalize-space()='Checked: issue the certificate']")).click());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-address")));
		assertAccessible("/admin/certificates/" + reference + " issued (en)");
		String verify = browser.findElement(By.id("verify-address")).getDomAttribute("href");
		signOut();

		for (String language : List.of("th", "en")) {
			open(verify + "?lang=" + language);
			assertThat(browser.findElement(By.id("status")).getText()).contains("VALID");
			assertAccessible(verify + " (" + language + ")");
		}
		assertThat(summaryValue("Reported by").getText()).isEqualTo("Anna E.");
		open(verify.substring(0, verify.length() - 1) + (verify.endsWith("A") ? "B" : "A"));
		assertThat(browser.findElement(By.id("status")).getText()).contains("INVALID");
		assertAccessible("verify with an altered code (en)");
	}

	@Test
	void anAnonymousComplainantKeepsTheReceiptAnswersTheOfficersQuestionAndSeesTheOutcome() {
		open("/kamala/complaints");
		assertAccessible("/kamala/complaints (th)");
		leavePageBy(() -> browser.findElement(By.cssSelector("main a[href='/kamala/complaints/new']")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/complaints/new$"));
		assertAccessible("/kamala/complaints/new (th)");
		open("/kamala/complaints/new?lang=en");
		assertAccessible("/kamala/complaints/new (en)");
		browser.findElement(By.id("what")).sendKeys("Too short");
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Choose what the report is about");
		assertThat(browser.findElement(By.id("what")).getDomProperty("value")).as("what was typed is kept").isEqualTo("Too short");
		assertAccessible("/kamala/complaints/new refused (en)");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category"))).selectByValue("BRIBERY");
		browser.findElement(By.id("what")).sendKeys(": an officer at the beach checkpoint asked for 500 baht instead of a ticket.");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("named"))).selectByVisibleText("Traffic");
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/complaints/receipt$"));
		String receipt = browser.findElement(By.id("receipt")).getText();
		assertThat(receipt.replace("-", "")).hasSize(24);
		assertAccessible("/kamala/complaints/receipt (en)");
		open("/kamala/complaints/receipt");
		wait.until(ExpectedConditions.urlMatches("/kamala/complaints/follow$"));
		assertAccessible("/kamala/complaints/follow (en)");

		browser.manage().deleteAllCookies();
		signIn("kamala.complaints", "en");
		open("/admin/complaints");
		assertAccessible("/admin/complaints (en)");
		String locator = receipt.replace("-", "").substring(0, 8);
		leavePageBy(() -> browser.findElement(By.linkText(locator)).click());
		wait.until(ExpectedConditions.urlMatches("/admin/complaints/" + locator + "$"));
		assertThat(browser.findElement(By.id("what")).getText()).contains("asked for 500 baht");
		assertAccessible("/admin/complaints/{locator} (en)");
		browser.findElement(By.id("write-message")).sendKeys("Which day was it, and around what time?");
		leavePageBy(() -> browser.findElement(By.xpath("//button[normalize-space()='Send the message']")).click());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
		signOut();

		browser.manage().deleteAllCookies();
		open("/kamala/complaints/follow?lang=en");
		browser.findElement(By.id("receipt")).sendKeys(receipt);
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/complaints/mine$"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Which day was it, and around what time?",
				"Received, waiting to be acknowledged");
		assertAccessible("/kamala/complaints/mine (en)");
		browser.findElement(By.id("message")).sendKeys("Last Saturday, around 2 pm.");
		leavePageBy(() -> browser.findElement(By.xpath("//button[normalize-space()='Send']")).click());
		// The same page comes back, at its conversation: wait for the answer in it, not for the old page's address.
		wait.until(d -> {
			try {
				return d.findElement(By.cssSelector(".prongsai-conversation")).getText().contains("Last Saturday, around 2 pm.");
			}
			catch (org.openqa.selenium.WebDriverException replaced) {
				return false;
			}
		});
		assertThat(browser.getCurrentUrl()).endsWith("/kamala/complaints/mine#conversation");
		leavePageBy(() -> browser.findElement(By.cssSelector(".prongsai-header__tools a[hreflang=th]")).click());
		wait.until(d -> "th".equals(language()));
		assertAccessible("/kamala/complaints/mine (th)");

		browser.manage().deleteAllCookies();
		signIn("kamala.complaints", "en");
		open("/admin/complaints/" + locator);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Last Saturday, around 2 pm.");
	}

	/** Signs in through the form in the language given and waits for the console. */
	@Test
	void aCitizenOpensTheStatusAddressFromTheSlipInEnglishAndSeesTheMilestones() {
		open("/kamala/e-services?lang=en");
		leavePageBy(() -> browser.findElement(By.linkText("Your case at this station")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/e-services/case$"));
		browser.findElement(By.id("n")).sendKeys("Criminal case 101/2569");
		browser.findElement(By.id("c")).sendKeys("AAAA-BBBB-CCCC-DDDD");
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(problem.getText()).contains("No case matches this case number and access code");
		assertAccessible("/kamala/e-services/case, not found (en)");

		// The address in the demo case's QR code; its access code is a fixed demo code.
		open("/kamala/e-services/case?n=criminal+101%2F2569&c=DEM0-CASE-0000-0101");
		wait.until(ExpectedConditions.urlMatches("/kamala/e-services/case/status$"));
		assertThat(language()).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Criminal case 101/2569",
				"Complaint received", "Evidence collected", "Witnesses heard", "Pol. Maj. Jamlong Thiangtrong")
			.doesNotContain("DEM0");
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).hasSize(2);
		assertAccessible("/kamala/e-services/case/status (en)");
		leavePageBy(() -> browser.findElement(By.cssSelector(".prongsai-header__tools a[hreflang=th]")).click());
		wait.until(d -> "th".equals(language()));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("คดีอาญาที่ 101/2569", "รวบรวมพยานหลักฐาน");
		assertAccessible("/kamala/e-services/case/status (th)");

		browser.manage().deleteAllCookies();
		signIn("kamala.commander", "en");
		open("/admin/cases");
		assertThat(browser.findElement(By.id("overdue")).getText()).contains("Overdue cases: 1", "Traffic case 57/2569");
		assertAccessible("/admin/cases (en)");
		leavePageBy(() -> browser.findElement(By.id("overdue")).findElement(By.linkText("Traffic case 57/2569")).click());
		wait.until(ExpectedConditions.urlMatches("/admin/cases/[0-9a-f-]{36}$"));
		assertThat(heading()).isEqualTo("Traffic case 57/2569");
		assertAccessible("/admin/cases/{id} (en)");
	}

	@Test
	void aVisitorRatesAServiceWithoutJavaScriptAndTheCommanderReadsItByMonth() {
		open("/kamala/contact?lang=en");
		leavePageBy(() -> browser.findElement(By.linkText("Rate the service you received from the station")).click());
		wait.until(ExpectedConditions.urlMatches("/kamala/feedback$"));
		browser.findElement(By.id("comment")).sendKeys("บริการดี โทร 081-234-5678");
		leavePageBy(() -> browser.findElement(By.cssSelector("#feedback button[type=submit]")).click());
		WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
		assertThat(problem.getText()).contains("Choose the service you received");
		assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).as("what was typed stays")
			.isEqualTo("บริการดี โทร 081-234-5678");
		assertAccessible("/kamala/feedback with an error (en)");
		new Select(browser.findElement(By.id("service"))).selectByValue("LOST_DOCUMENT");
		browser.findElement(By.cssSelector("label[for=rating-4]")).click();
		leavePageBy(() -> browser.findElement(By.cssSelector("#feedback button[type=submit]")).click());
		WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-panel--confirmation")));
		assertThat(thanks.getText()).contains("Thank you for your feedback");
		assertAccessible("/kamala/feedback sent (en)");

		browser.manage().deleteAllCookies();
		signIn("kamala.commander", "th");
		leavePageBy(() -> browser.findElement(By.linkText("ผลประเมินความพึงพอใจ")).click());
		wait.until(ExpectedConditions.urlMatches("/admin/feedback$"));
		assertThat(browser.findElement(By.id("comments")).getText()).contains("บริการดี โทร xxx-xxx-xxxx", "แจ้งเอกสารหาย");
		assertThat(browser.findElement(By.id("months")).getText()).contains("ไม่มีผู้ประเมิน", "ทั้งปีงบประมาณ");
		assertAccessible("/admin/feedback (th)");
		open("/admin/feedback?year=2567&lang=en");
		assertThat(browser.findElements(By.cssSelector("#months tbody"))).as("twelve months and the year").hasSize(13);
		assertAccessible("/admin/feedback, a year without feedback (en)");
		signOut();
	}

	private void signIn(String username, String language) {
		open("/login?lang=" + language);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		leavePageBy(() -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
		wait.until(ExpectedConditions.urlMatches("/admin$"));
	}

	/** Signs out with the header's button, in the page's language, and waits for the page it leads to. */
	private void signOut() {
		String label = "th".equals(language()) ? "ออกจากระบบ" : "Sign out";
		leavePageBy(() -> browser.findElement(By.xpath("//header//button[normalize-space()='" + label + "']")).click());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
	}

	/**
	 * Does what loads another page (a click on a form's button) and waits until that page has
	 * replaced this one. Nothing of the old page is touched meanwhile: Chromium answers a command on
	 * an element whose document is being replaced with "Node with given id does not belong to the
	 * document" rather than a stale element, so waiting for the old button to go stale races with the
	 * navigation. The old document is marked instead, and the wait is for a complete one without the mark.
	 */
	private void leavePageBy(Runnable action) {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("document.documentElement.setAttribute('data-test-leaving', '')");
		action.run();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
					+ " && !document.documentElement.hasAttribute('data-test-leaving')")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private String language() {
		return browser.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private WebElement summaryValue(String key) {
		WebElement value = browser.findElement(By.xpath("//dl[contains(@class,'govuk-summary-list')]"
				+ "//dt[normalize-space()='" + key + "']/following-sibling::dd[1]"));
		assertThat(value.isDisplayed()).as(key + " is visible").isTrue();
		assertThat(value.getText()).as(key + " has a value").isNotBlank();
		return value;
	}

	/** The page as a phone or a desktop shows it, the whole length of the page. */
	private void screenshot(String name, int width, int height, boolean mobile) throws IOException {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		try {
			Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true));
			Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(browser);
		assertThat(results.isErrored()).as("axe failed on " + page + ": " + results.getErrorMessage()).isFalse();
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail("axe found " + violations.size() + " violation(s) on " + page + " (" + browser.getCurrentUrl() + "):\n"
					+ violations.stream().map(BrowserTests::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "  - " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
				+ rule.getNodes().stream().map(BrowserTests::describe).collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml() == null ? "" : node.getHtml();
		return "      at " + node.getTarget() + ": " + (html.length() > 160 ? html.substring(0, 160) + "…" : html);
	}
}
