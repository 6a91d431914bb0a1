package org.prongsai.station;

import java.util.List;

/**
 * Links another module puts on a station's public home page, so that what it offers is one click
 * from there (item O10 asks that of every e-service). The station module shows them without
 * knowing the modules that give them.
 */
public interface HomeLinks {

	/** The links for the station's home page, named in the page's language ({@code th} or {@code en}). */
	List<HomeLink> links(StationView station, String language);

	/**
	 * A link.
	 * @param url where it leads, a web address or a path on this site
	 * @param name what it is called on the page
	 */
	record HomeLink(String url, String name) {
	}
}
