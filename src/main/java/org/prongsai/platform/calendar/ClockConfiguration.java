package org.prongsai.platform.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} every module takes its time from, so tests can fix the time. Dates people
 * see are turned into Bangkok time where they are shown (see {@link FiscalYear#BANGKOK}).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The system clock in UTC. */
	@Bean
	public Clock clock() {
		return Clock.systemUTC();
	}
}
