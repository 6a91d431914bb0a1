package org.prongsai.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				AuditMessagesTests.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void hasTheSameKeysInThaiAndEnglish() throws IOException {
		assertThat(load("audit.properties").keySet()).isEqualTo(load("audit_en.properties").keySet());
	}

	@Test
	void readsThaiAsUtf8AndFillsInTheBrokenEntry() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/audit");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		assertThat(messages.getMessage("audit.title", null, Locale.forLanguageTag("th")))
			.isEqualTo("บันทึกการตรวจสอบ (audit trail)");
		assertThat(messages.getMessage("audit.chain.broken", new Object[] { "3", "altered" }, Locale.ENGLISH))
			.isEqualTo("Audit chain broken at entry 3: altered");
	}
}
