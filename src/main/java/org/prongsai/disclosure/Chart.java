package org.prongsai.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.prongsai.platform.calendar.ThaiDateFormat;

/**
 * A bar chart laid out on the server and drawn as SVG, so a public page shows it without a
 * script: categories with one bar per series each, on a scale from zero to a round maximum with
 * gridlines. Columns stand side by side (a trend over months); bars lie one under another (a
 * comparison of named groups, whose names need the room). Coordinates are whole units of the
 * chart's view box, which the page scales to its width. A module draws its charts with the
 * fragment {@code chart(c, year)} of {@code disclosure/public/_chart}, which also gives the figures
 * as a table.
 * @param titleKey the message that names the chart; it is given the fiscal year
 * @param categoryKey the message naming what the categories are (months, groups)
 * @param seriesKeys the message naming each series, in the order of each category's values
 * @param notes what stands in an empty column instead of its bar (a figure withheld), drawn upright
 */
public record Chart(String id, String titleKey, String categoryKey, List<String> seriesKeys, List<Category> categories, int width,
		int height, List<Bar> bars, List<Gridline> gridlines, List<Label> labels, List<Label> notes) {

	private static final int WIDTH = 640;

	private static final ThaiDateFormat THAI = ThaiDateFormat.of(Locale.forLanguageTag("th"));

	private static final ThaiDateFormat ENGLISH = ThaiDateFormat.of(Locale.ENGLISH);

	/** Months side by side; a month without a figure but with a note has the note standing in its column. */
	public static Chart columns(String id, String titleKey, List<String> seriesKeys, List<Category> categories) {
		int left = 48;
		int top = 16;
		int plotWidth = WIDTH - left - 8;
		int plotHeight = 220;
		Scale scale = Scale.of(categories);
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		List<Label> notes = new ArrayList<>();
		double slot = (double) plotWidth / Math.max(1, categories.size());
		double barWidth = slot * 0.7 / seriesKeys.size();
		for (int c = 0; c < categories.size(); c++) {
			double slotLeft = left + c * slot;
			List<@Nullable Integer> values = categories.get(c).values();
			for (int s = 0; s < values.size(); s++) {
				Integer value = values.get(s);
				int x = round(slotLeft + slot * 0.15 + s * barWidth);
				if (value != null) {
					int height = scale.length(value, plotHeight);
					bars.add(new Bar(s, x, top + plotHeight - height, Math.max(1, round(barWidth)), height));
				}
				else if (categories.get(c).note(s) != null) {
					// Rotated a quarter turn to read upwards, the text's glyphs lie left of x: centre them on the column.
					notes.add(new Label(round(x + barWidth / 2 + 5), top + plotHeight - 4, "start", categories.get(c).note(s)));
				}
			}
			labels.add(new Label(round(slotLeft + slot / 2), top + plotHeight + 22, "middle", categories.get(c).label()));
		}
		List<Gridline> gridlines = new ArrayList<>();
		for (int value : scale.ticks()) {
			int y = top + plotHeight - scale.length(value, plotHeight);
			gridlines.add(new Gridline(left, y, left + plotWidth, y, left - 6, y + 5, "end", value));
		}
		return new Chart(id, titleKey, "disclosure.chart.month", seriesKeys, categories, WIDTH, top + plotHeight + 36, bars, gridlines,
				labels, notes);
	}

	/** Named groups one under another; notes are not drawn, only given in the figures' table. */
	public static Chart bars(String id, String titleKey, String categoryKey, List<String> seriesKeys, List<Category> categories) {
		int left = 250;
		int top = 8;
		int plotWidth = WIDTH - left - 16;
		int row = 36;
		int plotHeight = row * categories.size();
		Scale scale = Scale.of(categories);
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int barHeight = (int) (row * 0.7 / seriesKeys.size());
		for (int c = 0; c < categories.size(); c++) {
			int rowTop = top + c * row;
			List<@Nullable Integer> values = categories.get(c).values();
			for (int s = 0; s < values.size(); s++) {
				Integer value = values.get(s);
				if (value != null) {
					bars.add(new Bar(s, left, round(rowTop + row * 0.15 + s * barHeight), scale.length(value, plotWidth),
							barHeight));
				}
			}
			labels.add(new Label(left - 8, rowTop + row / 2 + 5, "end", categories.get(c).label()));
		}
		List<Gridline> gridlines = new ArrayList<>();
		for (int value : scale.ticks()) {
			int x = left + scale.length(value, plotWidth);
			gridlines.add(new Gridline(x, top, x, top + plotHeight, x, top + plotHeight + 20, "middle", value));
		}
		return new Chart(id, titleKey, categoryKey, seriesKeys, categories, WIDTH, top + plotHeight + 30, bars, gridlines, labels,
				List.of());
	}

	/** A month's label under its columns: the short month without the year ("ต.ค.", "Oct"). */
	public static LocalizedText month(YearMonth month) {
		return new LocalizedText(shortMonth(THAI, month), shortMonth(ENGLISH, month));
	}

	private static String shortMonth(ThaiDateFormat format, YearMonth month) {
		String monthYear = format.monthYear(month);
		return monthYear.substring(0, monthYear.lastIndexOf(' '));
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}

	/** The view box, for the {@code svg} element. */
	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	/**
	 * A category and its value in each series.
	 * @param values null where the category has no figure (a month not yet released), which draws no bar
	 * @param notes for each value, what is said instead of it when it is null (for example that it
	 *     is withheld); null to say that it is not published yet
	 */
	public record Category(LocalizedText label, List<@Nullable Integer> values, List<@Nullable LocalizedText> notes) {

		public Category {
			values = Collections.unmodifiableList(new ArrayList<>(values));
			notes = Collections.unmodifiableList(new ArrayList<>(notes));
		}

		/** A category whose missing values are simply not published yet. */
		public Category(LocalizedText label, List<@Nullable Integer> values) {
			this(label, values, Collections.nCopies(values.size(), null));
		}

		/** What is said instead of a series' value, or null. */
		public @Nullable LocalizedText note(int series) {
			return series < notes.size() ? notes.get(series) : null;
		}
	}

	/** A bar of a series. */
	public record Bar(int series, int x, int y, int width, int height) {
	}

	/** A line across the plot at a value of the scale, with the value's label. */
	public record Gridline(int x1, int y1, int x2, int y2, int labelX, int labelY, String anchor, int value) {
	}

	/** A category's name beside its bars, or a note in an empty column. */
	public record Label(int x, int y, String anchor, LocalizedText text) {
	}

	/** Zero to a round maximum in four equal steps, each 1, 2 or 5 times a power of ten. */
	private record Scale(int step) {

		static Scale of(List<Category> categories) {
			int largest = categories.stream().flatMap(c -> c.values().stream())
				.filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
			double rough = Math.max(1, largest / 4.0);
			double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
			double fraction = rough / magnitude;
			double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
			return new Scale((int) Math.ceil(nice * magnitude));
		}

		List<Integer> ticks() {
			return List.of(0, step, 2 * step, 3 * step, 4 * step);
		}

		int length(int value, int full) {
			return (int) Math.round((double) value * full / (4.0 * step));
		}
	}
}
