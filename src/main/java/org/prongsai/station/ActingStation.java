package org.prongsai.station;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.prongsai.platform.security.CurrentUser;
import org.prongsai.platform.security.ProngsaiUser;
import org.prongsai.platform.web.NotFoundException;

/**
 * The one place that decides which station an admin screen acts for. A station account always
 * acts for its own station; a region administrator picks one of the stations of their region.
 * Admin handlers take the station as an {@link Acting} parameter instead of from the request, so
 * they cannot be tricked into another station's data.
 */
@Component
public class ActingStation {

	static final String SESSION_KEY = ActingStation.class.getName();

	private final StationDirectory directory;

	ActingStation(StationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The station the signed-in person acts for, or empty when nobody is signed in or a region
	 * administrator has not picked a station yet (always the case without a session).
	 */
	Optional<StationView> find(@Nullable HttpSession session) {
		ProngsaiUser user = CurrentUser.get().orElse(null);
		if (user == null) {
			return Optional.empty();
		}
		if (user.stationId() != null) {
			return directory.find(user.stationId());
		}
		Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
		return chosen instanceof UUID id ? choosable(user).stream().filter(s -> s.id().equals(id)).findFirst()
				: Optional.empty();
	}

	/** The stations this person may act for: their own, or every station of their region. */
	public List<StationView> choosable(ProngsaiUser user) {
		if (user.stationId() != null) {
			return directory.find(user.stationId()).stream().toList();
		}
		return user.region() == null ? List.of() : directory.inRegion(user.region());
	}

	/**
	 * Makes a region administrator act for one of their stations.
	 * @throws NotFoundException for a station outside their region
	 */
	void choose(HttpSession session, ProngsaiUser user, UUID stationId) {
		StationView station = choosable(user).stream()
			.filter(s -> s.id().equals(stationId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("station not in the region"));
		session.setAttribute(SESSION_KEY, station.id());
	}
}
