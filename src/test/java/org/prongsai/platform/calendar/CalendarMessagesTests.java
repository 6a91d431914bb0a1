package org.prongsai.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CalendarMessagesTests {

	@Test
	void thaiAndEnglishMessagesHaveTheSameKeys() throws IOException {
		assertThat(keys("i18n/calendar_en.properties")).isEqualTo(keys("i18n/calendar.properties")).isNotEmpty();
	}

	private static Set<Object> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CalendarMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(in);
		}
		return properties.keySet();
	}
}
