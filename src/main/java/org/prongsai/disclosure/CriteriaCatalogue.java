package org.prongsai.disclosure;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * Every fiscal year's criteria, loaded from {@code criteria/fy*.yaml} at start-up. A malformed
 * file stops the start with its name and line: a portal must never judge a station against
 * half-read criteria. A new year is a new file, never new code.
 */
@Component
public class CriteriaCatalogue {

	static final String LOCATION = "classpath*:criteria/fy*.yaml";

	private final TreeMap<FiscalYear, Criteria> byYear = new TreeMap<>(Comparator.comparingInt(FiscalYear::beYear));

	CriteriaCatalogue() {
		this(LOCATION);
	}

	CriteriaCatalogue(String location) {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
				Criteria criteria = load(resource);
				if (byYear.putIfAbsent(criteria.fiscalYear(), criteria) != null) {
					throw new CriteriaFileException(criteria.source(), 1,
							"a second file for " + criteria.fiscalYear());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("criteria files could not be listed", ex);
		}
	}

	/** The catalogue of the criteria files on the class path, outside a Spring context (tools, benchmarks). */
	public static CriteriaCatalogue fromClasspath() {
		return new CriteriaCatalogue();
	}

	private static Criteria load(Resource resource) throws IOException {
		String source = "criteria/" + resource.getFilename();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			Criteria criteria = CriteriaFile.parse(source, reader);
			String expected = "fy" + criteria.fiscalYear().beYear() + ".yaml";
			if (!expected.equals(resource.getFilename())) {
				throw new CriteriaFileException(source, 1,
						"the file states " + criteria.fiscalYear() + ", so it must be named " + expected);
			}
			return criteria;
		}
	}

	/** The criteria of this fiscal year, or empty when no file states them. */
	public Optional<Criteria> forYear(FiscalYear year) {
		return Optional.ofNullable(byYear.get(year));
	}

	/** The criteria in force for a year: its own, or the latest earlier year's until a new file comes. */
	public Optional<Criteria> inForce(FiscalYear year) {
		return Optional.ofNullable(byYear.floorEntry(year)).map(java.util.Map.Entry::getValue);
	}

	/** The fiscal years that have criteria, oldest first. */
	public List<FiscalYear> years() {
		return List.copyOf(byYear.keySet());
	}
}
