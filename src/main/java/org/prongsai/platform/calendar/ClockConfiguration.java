package org.prongsai.platform.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the application's {@link Clock}, so that code asks it for the time and tests can fix it. */
@Configuration
public class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
