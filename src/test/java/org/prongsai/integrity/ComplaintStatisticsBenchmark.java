package org.prongsai.integrity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.prongsai.ProngsaiApplication;
import org.prongsai.platform.calendar.FiscalYear;

/**
 * Times a police region's complaint statistics as the region's screen computes them: stations
 * (100 by default) of a region of their own with eight units each, and complaints (100,000 by
 * default) spread over FY2567 with about three stages each (all acknowledged, most investigated,
 * half concluded, one in twenty of those reopened), written into PostgreSQL by the database
 * itself. Run with {@code bench/complaint-statistics.sh}; not a test, so no timing is ever
 * asserted. The stations it makes are removed before and after ({@code PRONGSAI_BENCH_KEEP=true}
 * leaves them after, to study the queries).
 */
public final class ComplaintStatisticsBenchmark {

	private static final int REGION = 9;

	private ComplaintStatisticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int stations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		int complaints = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		String url = env("PRONGSAI_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/prongsai_test");
		Path files = Files.createTempDirectory("prongsai-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProngsaiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + env("PRONGSAI_BENCH_PG_USER", "prongsai_test"),
					"--spring.datasource.password=" + env("PRONGSAI_BENCH_PG_PASSWORD", "prongsai_test"),
					"--prongsai.demo.enabled=false", "--prongsai.files.root=" + files.resolve("files"),
					"--prongsai.keys.root=" + files.resolve("keys"), "--logging.level.root=warn")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			remove(jdbc);
			long loading = System.nanoTime();
			load(jdbc, stations, complaints);
			long stages = jdbc.sql("select count(*) from complaint_stage s join station t on t.id = s.station_id"
					+ " where t.code like 'bench-%'").query(Long.class).single();
			System.out.printf("loaded %d stations, %d complaints and %d stage rows in %.1f s%n", stations, complaints, stages,
					(System.nanoTime() - loading) / 1e9);

			ComplaintStatistics statistics = context.getBean(ComplaintStatistics.class);
			List<UUID> region = jdbc.sql("select id from station where police_region = :region and code like 'bench-%'"
					+ " order by code").param("region", REGION).query(UUID.class).list();
			FiscalYear year = FiscalYear.of(2567);
			for (LocalDate asOf : List.of(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 3, 31))) {
				Map<UUID, ComplaintFigures> figures = null;
				for (int warm = 0; warm < 3; warm++) {
					figures = statistics.figures(region, year, asOf);
				}
				int rounds = 10;
				long best = Long.MAX_VALUE;
				long total = 0;
				for (int i = 0; i < rounds; i++) {
					long start = System.nanoTime();
					figures = statistics.figures(region, year, asOf);
					long took = System.nanoTime() - start;
					best = Math.min(best, took);
					total += took;
				}
				long received = figures.values().stream().mapToLong(f -> f.yearToDate().received()).sum();
				long completed = figures.values().stream().mapToLong(f -> f.yearToDate().completed()).sum();
				System.out.printf("region of %d stations as of %s (%d received, %d completed): best %.0f ms, mean %.0f ms"
						+ " over %d rounds%n", region.size(), asOf, received, completed, best / 1e6, total / 1e6 / rounds, rounds);
			}
			if (!"true".equals(System.getenv("PRONGSAI_BENCH_KEEP"))) {
				remove(jdbc);
			}
		}
		finally {
			try (var paths = Files.walk(files)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** Stations, units, complaints and stages made by the database itself, as fast as it can write them. */
	private static void load(JdbcClient jdbc, int stations, int complaints) {
		jdbc.sql("insert into station (id, code, name_th, name_en, short_name_th, short_name_en, province_th, province_en,"
				+ " police_region, address_th, address_en, phone, email, created_at)"
				+ " select gen_random_uuid(), 'bench-' || lpad(i::text, 4, '0'), 'สถานีทดสอบ ' || i, 'Bench station ' || i,"
				+ " 'สภ.ทดสอบ ' || i, 'Bench ' || i, 'ภูเก็ต', 'Phuket', :region, '-', '-', '076000191', 'bench@example.org', now()"
				+ " from generate_series(1, :stations) i")
			.param("region", REGION).param("stations", stations).update();
		jdbc.sql("insert into org_unit (id, station_id, position, name_th, name_en) select gen_random_uuid(), s.id, u,"
				+ " 'หน่วย ' || u, 'Unit ' || u from station s cross join generate_series(1, 8) u where s.code like 'bench-%'")
			.update();
		// Complaint g belongs to station (g mod stations) + 1 and names one of its units or, one time in nine, none.
		jdbc.sql("insert into complaint (id, station_id, locator, receipt_hash, form_token, received_at, category, named_unit_id,"
				+ " commander_named, handled_by, stage, acknowledge_by, conclude_by, content)"
				+ " select c.id, c.station_id, 'B' || lpad(c.g::text, 7, '0'), 'hash', 'bench-' || c.g, c.received,"
				+ " (array['BRIBERY','ABUSE_OF_POWER','NEGLECT','MISCONDUCT','PROCUREMENT','OTHER'])[1 + c.g % 6],"
				+ " (select u.id from org_unit u where u.station_id = c.station_id and u.position = c.g % 9),"
				+ " false, 'STATION', 'RECEIVED', cast(c.received as date) + 3, cast(c.received as date) + 30, '\\x00'::bytea"
				+ " from (select gen_random_uuid() as id, s.id as station_id, g.g,"
				+ " timestamptz '2023-10-01 00:00:00+07' + (random() * interval '366 days') as received"
				+ " from generate_series(1, :complaints) g(g) join station s on s.code = 'bench-' || lpad((g.g % :stations + 1)::text, 4, '0')) c")
			.param("complaints", complaints).param("stations", stations).update();
		String bench = " from complaint c join station s on s.id = c.station_id where s.code like 'bench-%'";
		String stage = "insert into complaint_stage (id, complaint_id, station_id, reached_at, stage, outcome)"
				+ " select gen_random_uuid(), c.id, c.station_id, ";
		String dice = "abs(hashtext(c.id::text)) % 100";
		String concluded = "c.received_at + (10 + abs(hashtext(c.locator)) % 60) * interval '1 day'";
		jdbc.sql(stage + "c.received_at, 'RECEIVED', null" + bench).update();
		jdbc.sql(stage + "c.received_at + interval '1 day', 'ACKNOWLEDGED', null" + bench).update();
		jdbc.sql(stage + "c.received_at + interval '3 days', 'INVESTIGATING', null" + bench + " and " + dice + " < 60").update();
		jdbc.sql(stage + concluded + ", 'CONCLUDED', 'SUBSTANTIATED'" + bench + " and " + dice + " < 50").update();
		jdbc.sql(stage + concluded + " + interval '5 days', 'INVESTIGATING', null" + bench + " and " + dice + " < 5").update();
		jdbc.sql("analyze complaint").update();
		jdbc.sql("analyze complaint_stage").update();
	}

	private static void remove(JdbcClient jdbc) {
		String bench = " where station_id in (select id from station where code like 'bench-%')";
		jdbc.sql("delete from complaint_stage" + bench).update();
		// Deleting a complaint looks for its stages by complaint alone, which no index of the stages leads with:
		// without their dead rows gone first, each of the complaints' deletion reads them all.
		jdbc.sql("vacuum complaint_stage").update();
		jdbc.sql("delete from complaint" + bench).update();
		jdbc.sql("delete from org_unit" + bench).update();
		jdbc.sql("delete from station where code like 'bench-%'").update();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
