package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.i18n.LocaleContextHolder;

class ThaiDatesTests {

	private final ThaiDates thaiDates = new ThaiDates(false);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void formatsInTheRequestLocale() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(thaiDates.date(LocalDate.of(2023, 10, 1))).isEqualTo("1 ต.ค. 2566");
		assertThat(thaiDates.longDate(LocalDate.of(2023, 10, 1))).isEqualTo("1 ตุลาคม 2566");
		assertThat(thaiDates.monthYear(YearMonth.of(2023, 10))).isEqualTo("ต.ค. 2566");
		assertThat(thaiDates.dateTime(Instant.parse("2023-10-01T07:05:00Z"))).isEqualTo("1 ต.ค. 2566 14:05 น.");
		assertThat(thaiDates.fiscalYear(FiscalYear.of(2567))).isEqualTo("ปีงบประมาณ พ.ศ. 2567");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(thaiDates.date(LocalDate.of(2023, 10, 1))).isEqualTo("1 Oct 2023");
		assertThat(thaiDates.longDate(LocalDate.of(2023, 10, 1))).isEqualTo("1 October 2023");
		assertThat(thaiDates.monthYear(YearMonth.of(2023, 10))).isEqualTo("Oct 2023");
		assertThat(thaiDates.dateTime(Instant.parse("2023-10-01T07:05:00Z"))).isEqualTo("1 Oct 2023, 14:05");
		assertThat(thaiDates.fiscalYear(FiscalYear.of(2567))).isEqualTo("FY2567 (Oct 2023 \u2013 Sep 2024)");
	}

	@Test
	void nullBecomesEmpty() {
		assertThat(thaiDates.date(null)).isEmpty();
		assertThat(thaiDates.longDate(null)).isEmpty();
		assertThat(thaiDates.monthYear(null)).isEmpty();
		assertThat(thaiDates.longMonthYear(null)).isEmpty();
		assertThat(thaiDates.dateTime(null)).isEmpty();
		assertThat(thaiDates.fiscalYear(null)).isEmpty();
	}

	@Test
	void thaiDigitsWhenConfigured() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(new ThaiDates(true).date(LocalDate.of(2023, 10, 1))).isEqualTo("๑ ต.ค. ๒๕๖๖");
	}

	@Test
	void dialectExposesThaiDatesToTemplates() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new ThaiDatesDialect(false));
		Context context = new Context(Locale.forLanguageTag("th"));
		context.setVariable("day", LocalDate.of(2023, 10, 1));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));

		String html = engine.process("<p th:text=\"${#thaidates.date(day)}\">x</p>", context);

		assertThat(html).isEqualTo("<p>1 ต.ค. 2566</p>");
	}
}
