package org.prongsai.disclosure;

import java.time.Instant;
import java.util.Optional;

import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationView;

/**
 * What a module that generates a kind of document draws beside its files on the item page, such as
 * charts of the statistics it released, or beside a link, such as how busy the channel it leads to
 * is. The item page asks the bean for each element's document kind or link, so disclosure needn't
 * know the module.
 */
public interface DocumentFigures {

	/**
	 * The kind of document the figures accompany, as the criteria name it ({@code crime-statistics});
	 * or the link of a channel whose activity they show ({@code questions}).
	 */
	String documentKind();

	/**
	 * The figures of the station's fiscal year as they had been released at the instant.
	 * @return empty when nothing had been released
	 */
	Optional<Figures> figures(StationView station, FiscalYear year, Instant at);

	/**
	 * Figures to draw.
	 * @param template the template holding a fragment {@code figures(model)} that draws them
	 * @param model what the fragment is given
	 */
	record Figures(String template, Object model) {
	}
}
