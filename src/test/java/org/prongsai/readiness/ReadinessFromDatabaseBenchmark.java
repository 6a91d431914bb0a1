package org.prongsai.readiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.prongsai.ProngsaiApplication;
import org.prongsai.platform.calendar.FiscalYear;
import org.prongsai.station.StationDirectory;

/**
 * Times the readiness of one station the way the dashboard computes it: the content snapshot read
 * from the embedded database (the demo station's FY2567 content, in a fresh temporary database),
 * then judged. Run with {@code bench/readiness.sh}; not a test, so no timing is ever asserted.
 */
public final class ReadinessFromDatabaseBenchmark {

	private ReadinessFromDatabaseBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("prongsai-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProngsaiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE", "--prongsai.files.root=" + data.resolve("files"),
					"--logging.level.root=warn")) {
			UUID kamala = context.getBean(StationDirectory.class).findByCode("kamala").orElseThrow().id();
			Readiness readiness = context.getBean(Readiness.class);
			FiscalYear year = FiscalYear.of(2567);
			LocalDate cutOff = LocalDate.of(2024, 5, 15);
			int rounds = 200;
			for (int warm = 0; warm < rounds; warm++) {
				readiness.evaluate(kamala, year, cutOff).orElseThrow();
			}
			long best = Long.MAX_VALUE;
			long total = 0;
			long passed = 0;
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				passed = readiness.evaluate(kamala, year, cutOff).orElseThrow().passedItems();
				long took = System.nanoTime() - start;
				best = Math.min(best, took);
				total += took;
			}
			System.out.printf("one station from the database (kamala, %d of 25 items passed): best %.2f ms, mean %.2f ms"
					+ " over %d rounds%n", passed, best / 1e6, total / 1e6 / rounds, rounds);
		}
		finally {
			try (var paths = Files.walk(data)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
