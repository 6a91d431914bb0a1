package org.prongsai.station;

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

	DemoMode(@Value("${prongsai.demo.enabled:}") String setting, @Value("${spring.datasource.url:}") String url) {
		this.enabled = setting.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting.strip());
	}

	public boolean enabled() {
		return enabled;
	}
}
