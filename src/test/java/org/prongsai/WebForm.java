package org.prongsai;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.prongsai.platform.calendar.FiscalYear;

/**
 * A form as a browser finds it on a page: where it goes, how, and its controls with the values
 * they were rendered with. {@link #filled()} is what a person would send: the values as rendered,
 * and the empty fields a person must fill filled with something plausible.
 */
final class WebForm {

	/** Ids in addresses (UUIDs, complaint locators, references, numbers), so that one form of many records is one shape. */
	private static final Pattern ID = Pattern.compile(
			"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=/)(?=[0-9A-Za-z]*\\d)[0-9A-Za-z]{8,12}(?=/|$)|\\d+");

	final String page;

	final String method;

	final String action;

	final boolean multipart;

	final List<Control> controls;

	/**
	 * One named control. {@code type} is the input's type, or {@code textarea}, {@code select};
	 * {@code person} is false for a control no person reaches (a trap for robots, {@code tabindex=-1}).
	 */
	record Control(String name, String type, String value, List<String> options, boolean checked, boolean person,
			String accept) {
	}

	private WebForm(String page, String method, String action, boolean multipart, List<Control> controls) {
		this.page = page;
		this.method = method;
		this.action = action;
		this.multipart = multipart;
		this.controls = controls;
	}

	/** Every form of a page, with its action resolved against the page's address (same host only). */
	static List<WebForm> on(String page, Document document) {
		List<WebForm> forms = new ArrayList<>();
		URI base = URI.create("http://portal" + page);
		for (Element form : document.select("form")) {
			String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase();
			URI target = base.resolve(form.attr("action").isBlank() ? page : form.attr("action"));
			if (target.getHost() == null || !target.getHost().equals("portal")) {
				continue;
			}
			String action = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
			List<Control> controls = new ArrayList<>();
			for (Element control : form.select("input[name], textarea[name], select[name], button[name]")) {
				String type = switch (control.tagName()) {
					case "textarea" -> "textarea";
					case "select" -> "select";
					case "button" -> "button";
					default -> control.attr("type").isBlank() ? "text" : control.attr("type").toLowerCase();
				};
				List<String> options = control.tagName().equals("select")
						? control.select("option").stream().map(o -> o.hasAttr("value") ? o.attr("value") : o.text()).toList()
						: List.of();
				String value = switch (type) {
					case "textarea" -> control.wholeText();
					case "select" -> control.select("option[selected]").stream().findFirst()
						.map(o -> o.hasAttr("value") ? o.attr("value") : o.text())
						.orElse(options.isEmpty() ? "" : options.get(0));
					case "checkbox", "radio" -> control.hasAttr("value") ? control.attr("value") : "on";
					default -> control.attr("value");
				};
				controls.add(new Control(control.attr("name"), type, value, options, control.hasAttr("checked"),
						!"-1".equals(control.attr("tabindex")), control.attr("accept")));
			}
			forms.add(new WebForm(page, method, action, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")),
					List.copyOf(controls)));
		}
		return forms;
	}

	/** The same form for every record: method, action without its ids, and the names of its controls. */
	String shape() {
		return method + " " + withoutIds(path()) + " "
				+ controls.stream().map(Control::name).distinct().sorted().collect(Collectors.joining(","));
	}

	/** The path with each id in it (a UUID, a locator, a reference, a number) as {@code {id}}. */
	static String withoutIds(String path) {
		return ID.matcher(path).replaceAll("{id}");
	}

	/** The action's path, without its query. */
	String path() {
		int query = action.indexOf('?');
		return query < 0 ? action : action.substring(0, query);
	}

	boolean post() {
		return "POST".equals(method);
	}

	boolean has(String name) {
		return controls.stream().anyMatch(c -> c.name().equals(name));
	}

	List<Control> fillable() {
		return controls.stream()
			.filter(c -> c.person() && !List.of("hidden", "submit", "button", "file", "_csrf").contains(c.type())
					&& !c.name().equals("_csrf") && !c.name().equals("formToken"))
			.toList();
	}

	List<Control> hidden() {
		return controls.stream()
			.filter(c -> c.type().equals("hidden") && !c.name().equals("_csrf") && !c.name().equals("formToken"))
			.toList();
	}

	List<Control> files() {
		return controls.stream().filter(c -> c.type().equals("file")).toList();
	}

	/**
	 * What a person would send: values as rendered; empty text filled with something plausible for
	 * its type; a select without a choice set to its first real option; a radio group to its first
	 * choice; checkboxes as rendered; a small PNG where a picture is asked for, else no file; the
	 * first named submit button, if any.
	 */
	Submission filled(int n) {
		Submission submission = new Submission();
		boolean button = false;
		List<String> radios = new ArrayList<>();
		for (Control c : controls) {
			switch (c.type()) {
				case "checkbox" -> {
					if (c.checked()) {
						submission.add(c.name(), c.value());
					}
				}
				case "radio" -> {
					if (c.checked()) {
						radios.add(c.name());
						submission.add(c.name(), c.value());
					}
				}
				case "submit", "button" -> {
					if (!button) {
						button = true;
						submission.add(c.name(), c.value());
					}
				}
				case "file" -> {
					if (c.accept().contains("image/png")) {
						submission.attach(c.name(), "ภาพ" + n + ".png", "image/png", HostileInput.PNG);
					}
					else {
						submission.attach(c.name(), "", "application/octet-stream", new byte[0]);
					}
				}
				case "select" -> submission.add(c.name(),
						c.value().isEmpty() ? c.options().stream().filter(o -> !o.isEmpty()).findFirst().orElse("") : c.value());
				default -> submission.add(c.name(), c.value().isEmpty() && c.person() ? plausible(c, n) : c.value());
			}
		}
		for (Control c : controls) {
			if (c.type().equals("radio") && !radios.contains(c.name())) {
				radios.add(c.name());
				submission.add(c.name(), c.value());
			}
		}
		// A group of checkboxes (the roles of an account) with none ticked: a person ticks one.
		for (Control c : controls) {
			boolean group = controls.stream().filter(o -> o.name().equals(c.name()) && o.type().equals("checkbox")).count() > 1;
			if (group && submission.fields.stream().noneMatch(f -> f.getKey().equals(c.name()))) {
				submission.add(c.name(), c.value());
			}
		}
		return submission;
	}

	/** Something a person might type into an empty field of this type. */
	static String plausible(Control c, int n) {
		LocalDate today = LocalDate.now(FiscalYear.BANGKOK);
		String name = c.name().toLowerCase();
		return switch (c.type()) {
			case "date" -> today.toString();
			case "month" -> YearMonth.from(today).toString();
			case "time" -> "08:30";
			case "email" -> "fuzz" + n + "@example.org";
			case "url" -> "https://example.org/fuzz/" + n;
			case "tel" -> "076 000 " + String.format("%03d", n % 1000);
			case "textarea" -> "ข้อความทดสอบแบบฟอร์ม ครั้งที่ " + n + " ซึ่งยาวพอสำหรับทุกช่อง";
			case "password" -> "";
			default -> name.contains("phone") ? "076 000 " + String.format("%03d", n % 1000)
					: name.equals("username") ? "fuzz.user" + n
					: name.equals("number") ? "คดีอาญาที่ " + (n + 1) + "/2567"
					: name.equals("documentnumber") ? "DOC" + (1000 + n)
					: name.equals("egpnumber") ? String.format("67%09d", n)
					: name.matches("reference\\d") ? "REF" + n
					: name.equals("holdername") ? "สมชาย ใจดี"
					: name.endsWith("tail") ? String.format("%04d", n % 10_000)
					: name.equals("address") ? "https://example.org/fuzz/" + n
					: name.contains("email") ? "fuzz" + n + "@example.org"
					: name.contains("url") || name.contains("link") || name.contains("address") && name.contains("web")
							? "https://example.org/fuzz/" + n
					: name.contains("date") || c.name().endsWith("On") ? today.toString()
					: name.contains("month") || name.equals("period") ? YearMonth.from(today).toString()
					: name.matches(".*(?:amount|price|count|strength|days|budget|allocated|spent|cases)") || name.equals("place")
							|| name.matches("q[1-4]") ? "1"
					: "ทดสอบ " + n;
		};
	}

	@Override
	public String toString() {
		return method + " " + action + " (on " + page + ")";
	}

	/** The fields and files of one sending of a form, in order; a name may repeat. */
	static final class Submission {

		final List<Map.Entry<String, String>> fields = new ArrayList<>();

		final List<Upload> files = new ArrayList<>();

		record Upload(String field, String fileName, String contentType, byte[] content) {
		}

		Submission add(String name, String value) {
			fields.add(Map.entry(name, value));
			return this;
		}

		Submission attach(String field, String fileName, String contentType, byte[] content) {
			files.removeIf(f -> f.field().equals(field));
			files.add(new Upload(field, fileName, contentType, content));
			return this;
		}

		/** The same submission with every value of {@code name} replaced by {@code value} (added if absent). */
		Submission with(String name, String value) {
			Submission copy = copy();
			boolean found = false;
			for (int i = 0; i < copy.fields.size(); i++) {
				if (copy.fields.get(i).getKey().equals(name)) {
					copy.fields.set(i, Map.entry(name, value));
					found = true;
				}
			}
			if (!found) {
				copy.fields.add(Map.entry(name, value));
			}
			return copy;
		}

		Submission without(String name) {
			Submission copy = copy();
			copy.fields.removeIf(f -> f.getKey().equals(name));
			return copy;
		}

		/** Every field sent twice, the second time with another value. */
		Submission repeated(String other) {
			Submission copy = copy();
			fields.forEach(f -> copy.fields.add(Map.entry(f.getKey(), other)));
			return copy;
		}

		Submission copy() {
			Submission copy = new Submission();
			copy.fields.addAll(fields);
			copy.files.addAll(files);
			return copy;
		}

		String query() {
			return fields.stream()
				.map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

		/** The body as a browser encodes it: the boundary is fixed by the caller's random, for a repeatable run. */
		byte[] multipart(String boundary) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields) {
				out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(field.getKey())
						+ "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				out.writeBytes(field.getValue().getBytes(StandardCharsets.UTF_8));
				out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			for (Upload file : files) {
				out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(file.field())
						+ "\"; filename=\"" + quoted(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
						+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				out.writeBytes(file.content());
				out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		}

		/** As browsers write names in a multipart header: quotes and line breaks escaped (HTML's form encoding). */
		private static String quoted(String name) {
			return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
		}
	}
}
