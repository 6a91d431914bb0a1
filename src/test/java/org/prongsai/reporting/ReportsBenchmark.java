package org.prongsai.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.prongsai.ProngsaiApplication;
import org.prongsai.station.StationDirectory;
import org.prongsai.station.StationView;

/**
 * Times the generated reports: the monthly procurement summary (สขร.๑) of a busy month — 500
 * records by default — as the PDF and the workbook, with the read-back check that they agree; and a
 * station's first six months of O7, O11 and O15 files. Run with {@code bench/reports.sh}; not a test, so
 * no timing is ever asserted.
 */
public final class ReportsBenchmark {

	/** CPU time of the thread that generates, which other work on a shared machine disturbs less than the clock. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private ReportsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500;
		Path data = Files.createTempDirectory("prongsai-bench-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProngsaiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE", "--prongsai.files.root=" + data.resolve("files"),
					"--prongsai.demo.content=false", "--logging.level.root=warn")) {
			StationView kamala = context.getBean(StationDirectory.class).findByCode("kamala").orElseThrow();
			ProcurementMonthDocuments documents = context.getBean(ProcurementMonthDocuments.class);
			YearMonth month = YearMonth.of(2024, 3);
			List<Procurement> records = records(rows, month);
			for (int warm = 0; warm < 3; warm++) {
				documents.generate(kamala, month, records);
			}
			long best = Long.MAX_VALUE;
			long bestCpu = Long.MAX_VALUE;
			GeneratedFiles.PdfAndWorkbook pair = null;
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				long cpu = CPU.getCurrentThreadCpuTime();
				pair = documents.generate(kamala, month, records);
				best = Math.min(best, System.nanoTime() - start);
				bestCpu = Math.min(bestCpu, CPU.getCurrentThreadCpuTime() - cpu);
			}
			System.out.printf("sor kor ror 1 of %d records as PDF (%d KiB) + XLSX (%d KiB), checked to agree: best of 5 %.0f ms"
					+ " (%.0f ms of CPU)%n", rows, pair.pdf().length / 1024, pair.xlsx().length / 1024, best / 1e6, bestCpu / 1e6);

			// The first six months' set: each month's O15 (20 purchases), O7 (10 activities) and O11 (every
			// offence, and a month of checkpoints) files.
			OperationsMonthDocuments operations = context.getBean(OperationsMonthDocuments.class);
			CrimeMonthDocuments crimes = context.getBean(CrimeMonthDocuments.class);
			CheckpointMonthDocuments checkpoints = context.getBean(CheckpointMonthDocuments.class);
			long setBest = Long.MAX_VALUE;
			long setBestCpu = Long.MAX_VALUE;
			for (int round = 0; round < 3; round++) {
				long start = System.nanoTime();
				long cpu = CPU.getCurrentThreadCpuTime();
				for (YearMonth m = YearMonth.of(2023, 10); m.isBefore(YearMonth.of(2024, 4)); m = m.plusMonths(1)) {
					documents.generate(kamala, m, records(20, m));
					operations.generate(kamala, m, activities(10, m));
					crimes.generate(kamala, m, crimes(m));
					checkpoints.generate(kamala, checkpoints(m));
				}
				setBest = Math.min(setBest, System.nanoTime() - start);
				setBestCpu = Math.min(setBestCpu, CPU.getCurrentThreadCpuTime() - cpu);
			}
			System.out.printf("six months of O7 (PDF + DOCX), O11 (crimes and checkpoints, PDF + XLSX each) and O15 (PDF + XLSX)"
					+ " for one station: best of 3 %.0f ms (%.0f ms of CPU)%n", setBest / 1e6, setBestCpu / 1e6);
		}
		finally {
			try (var paths = Files.walk(data)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static List<CrimeStatistics.Figure> crimes(YearMonth month) {
		return CrimeOffence.ALL.stream()
			.map(o -> new CrimeStatistics.Figure(month, o.code(), 10 + o.group(), 8, 9))
			.toList();
	}

	private static CheckpointStatistics.CheckpointMonth checkpoints(YearMonth month) {
		java.util.Map<String, Integer> amounts = new java.util.LinkedHashMap<>();
		CheckpointMeasure.codes().forEach(code -> amounts.put(code, 20 + code.length()));
		return new CheckpointStatistics.CheckpointMonth(month, amounts);
	}

	private static List<Activity> activities(int count, YearMonth month) {
		List<Activity> activities = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = month.atDay(1 + i % 28);
			activities.add(new Activity(UUID.randomUUID(), "ตั้งจุดตรวจจุดสกัดป้องกันอาชญากรรม ครั้งที่ " + (i + 1),
					"ตั้งจุดตรวจร่วมกับฝ่ายปกครองและอาสาสมัครตำรวจบ้าน ตรวจรถจักรยานยนต์และรถยนต์ ให้คำแนะนำด้านความปลอดภัยแก่นักท่องเที่ยว",
					day, day, new org.prongsai.disclosure.LocalizedText("งานป้องกันปราบปราม", "Prevention and suppression"), null, "bench", 0));
		}
		return activities;
	}

	private static List<Procurement> records(int rows, YearMonth month) {
		List<Procurement> records = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			BigDecimal price = BigDecimal.valueOf(1000 + i * 37L, 0).add(new BigDecimal("0.50"));
			records.add(new Procurement(UUID.randomUUID(), "จัดซื้อวัสดุสำนักงานและวัสดุคอมพิวเตอร์ รายการที่ " + (i + 1),
					price.add(BigDecimal.TEN), price.add(BigDecimal.ONE), ProcurementMethod.SPECIFIC,
					List.of(new Procurement.Bid("ห้างหุ้นส่วนจำกัด สมมติการค้า", price),
							new Procurement.Bid("ร้านตัวอย่างพาณิชย์", price.add(BigDecimal.TEN))),
					"ห้างหุ้นส่วนจำกัด สมมติการค้า", price, "เสนอราคาต่ำสุดและคุณสมบัติครบตามเงื่อนไข",
					"ข้อตกลง " + (i + 1) + "/2567", LocalDate.of(month.getYear(), month.getMonthValue(), 1 + i % 28), 0));
		}
		return records;
	}
}
