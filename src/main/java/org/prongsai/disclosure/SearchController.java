package org.prongsai.disclosure;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.prongsai.station.StationPaths;
import org.prongsai.station.StationView;

/** Search over what the station has published, with a plain form that needs no script. */
@Controller
class SearchController {

	static final String VIEW = "disclosure/public/search";

	static final int MAX_QUERY = 200;

	private final ContentSearch search;

	SearchController(ContentSearch search) {
		this.search = search;
	}

	@GetMapping(StationPaths.STATION + "/search")
	String search(StationView station, @RequestParam(required = false) @Nullable String q, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		model.addAttribute("query", query);
		model.addAttribute("hits", query.isEmpty() ? java.util.List.of() : search.search(station.id(), query));
		return VIEW;
	}
}
