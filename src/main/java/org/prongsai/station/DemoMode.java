package org.prongsai.station;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this deployment shows the fictional demo stations. Unless {@code prongsai.demo.enabled}
 * says otherwise, the demo is on exactly when the embedded database is in use, so a production
 * database never receives demo accounts by accident.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	private final boolean content;

	private final Stations stations;

	DemoMode(@Value("${prongsai.demo.enabled:}") String setting, @Value("${spring.datasource.url:}") String url,
			@Value("${prongsai.demo.content:true}") boolean content, Stations stations) {
		this.enabled = setting.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting.strip());
		this.content = content;
		this.stations = stations;
	}

	public boolean enabled() {
		return enabled;
	}

	/**
	 * A demo station for a module to give its fictional content to: empty when the demo is off, its
	 * content is turned off ({@code prongsai.demo.content=false}), or the station is not there.
	 */
	public Optional<StationView> stationToFill(String code) {
		return enabled && content ? stations.findByCode(code).map(Station::view) : Optional.empty();
	}
}
