package org.prongsai.station;

/** Public addresses start with the station's code; controllers of every module build on this. */
public final class StationPaths {

	/** The station's home page; a handler parameter of type {@link StationView} receives the station. */
	public static final String STATION = "/{station:[a-z][a-z0-9-]+}";

	private StationPaths() {
	}
}
