package org.prongsai.disclosure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Checks every station's links and files each night, so the commander's dashboard shows a link
 * that broke yesterday without anyone pressing the button. The time is
 * {@code prongsai.link-check.cron} (Bangkok time; {@code -} turns it off).
 */
@Component
class NightlyLinkCheck {

	private static final Logger log = LoggerFactory.getLogger(NightlyLinkCheck.class);

	private final StationDirectory stations;

	private final LinkChecker checker;

	NightlyLinkCheck(StationDirectory stations, LinkChecker checker) {
		this.stations = stations;
		this.checker = checker;
	}

	@Scheduled(cron = "${prongsai.link-check.cron:0 30 2 * * *}", zone = "Asia/Bangkok")
	void checkEveryStation() {
		for (StationView station : stations.all()) {
			try {
				LinkChecker.Result result = checker.check(station.id());
				log.info("Links and files of {}: {} checked, {} broken", station.code(), result.checked(), result.broken());
			}
			catch (RuntimeException ex) {
				// One station's failure must not stop the others' checks.
				log.warn("Could not check the links of {}", station.code(), ex);
			}
		}
	}
}
