package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle comes in Thai ({@code name.properties}) and English
 * ({@code name_en.properties}) with the same keys, no message is left blank, and a message with
 * arguments writes an apostrophe as {@code ''}: MessageFormat takes a lone one as the start of
 * quoted text, dropping it and leaving the arguments after it unfilled.
 */
class MessageBundlesTests {

	static final Path I18N = Path.of("src", "main", "resources", "i18n");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyBundleHasThaiAndEnglishWithTheSameKeysAndNoBlankValue() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(I18N)) {
			files = listing.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		Set<String> bundles = new TreeSet<>();
		for (Path file : files) {
			String name = file.getFileName().toString().replace(".properties", "");
			if (name.endsWith("_en")) {
				bundles.add(name.substring(0, name.length() - 3));
			}
			else if (name.contains("_")) {
				problems.add(file.getFileName() + ": only Thai (no suffix) and English (_en) bundles are expected");
			}
			else {
				bundles.add(name);
			}
		}
		for (String bundle : bundles) {
			Path thai = I18N.resolve(bundle + ".properties");
			Path english = I18N.resolve(bundle + "_en.properties");
			if (!Files.exists(thai) || !Files.exists(english)) {
				problems.add(bundle + ": needs both " + thai.getFileName() + " and " + english.getFileName());
				continue;
			}
			problems.addAll(compare(bundle, read(thai), read(english)));
		}
		assertThat(problems).isEmpty();
	}

	/** Differences between the Thai and English messages of one bundle, and blank messages in either. */
	static List<String> compare(String bundle, Properties thai, Properties english) {
		List<String> problems = new ArrayList<>();
		Set<String> onlyThai = new TreeSet<>(thai.stringPropertyNames());
		onlyThai.removeAll(english.stringPropertyNames());
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(thai.stringPropertyNames());
		onlyThai.forEach(key -> problems.add(bundle + ": " + key + " has no English message"));
		onlyEnglish.forEach(key -> problems.add(bundle + ": " + key + " has no Thai message"));
		new TreeSet<>(thai.stringPropertyNames()).stream().filter(key -> thai.getProperty(key).isBlank())
			.forEach(key -> problems.add(bundle + ": " + key + " is blank in Thai"));
		new TreeSet<>(english.stringPropertyNames()).stream().filter(key -> english.getProperty(key).isBlank())
			.forEach(key -> problems.add(bundle + ": " + key + " is blank in English"));
		for (Properties messages : List.of(thai, english)) {
			new TreeSet<>(messages.stringPropertyNames()).stream()
				.filter(key -> ARGUMENT.matcher(messages.getProperty(key)).find()
						&& LONE_APOSTROPHE.matcher(messages.getProperty(key)).find())
				.forEach(key -> problems.add(bundle + ": " + key + " has arguments and a lone apostrophe; write it as ''"));
		}
		return problems;
	}

	@Test
	void aMissingKeyOrABlankMessageIsReported() throws IOException {
		Properties thai = parse("a=ก\nb=ข\nc=\n");
		Properties english = parse("a=A\nd=D\nc=C\n");
		assertThat(compare("sample", thai, english)).containsExactly("sample: b has no English message",
				"sample: d has no Thai message", "sample: c is blank in Thai");
		assertThat(compare("sample", parse("a=ก\n"), parse("a=  \n"))).containsExactly("sample: a is blank in English");
		assertThat(compare("sample", parse("a=ก\n"), parse("a=A\n"))).isEmpty();
		assertThat(compare("sample", parse("a=ก {0}\nb=ข\n"), parse("a=The month's {0}\nb=The month's\n")))
			.containsExactly("sample: a has arguments and a lone apostrophe; write it as ''");
		assertThat(compare("sample", parse("a=ก {0}\n"), parse("a=The month''s {0}\n"))).isEmpty();
	}

	private static Properties read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
	}

	private static Properties parse(String text) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(text));
		return properties;
	}
}
