package org.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a visitor sees comes from the message bundles, so that the Thai and English pages
 * are complete: templates hold no literal text between tags and no literal {@code alt},
 * {@code title}, {@code placeholder} or {@code aria-label}.
 */
class TemplatesHaveNoLiteralTextTests {

	static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	// A tag, with quoted attribute values that may hold '>' (th:if="${a > b}").
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<=\\s)(alt|title|placeholder|aria-label)\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);

	@Test
	void templatesHaveNoLiteralTextOrLabels() throws IOException {
		List<Path> templates;
		try (Stream<Path> walk = Files.walk(TEMPLATES)) {
			templates = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			String name = TEMPLATES.relativize(template).toString();
			literalText(html).forEach(text -> problems.add(name + ": literal text \"" + text + "\""));
			literalAttributes(html).forEach(attribute -> problems.add(name + ": literal " + attribute));
		}
		assertThat(problems).as("use th:text=\"#{...}\" and th:alt/th:title/th:placeholder/th:attr").isEmpty();
	}

	/** Text left with letters once tags, comments, inlined expressions and entities are taken out. */
	static List<String> literalText(String html) {
		String text = COMMENT.matcher(html).replaceAll(" ");
		text = TAG.matcher(text).replaceAll("\n");
		text = INLINED.matcher(text).replaceAll(" ");
		text = ENTITY.matcher(text).replaceAll(" ");
		List<String> found = new ArrayList<>();
		for (String line : text.split("\n")) {
			String piece = line.strip();
			if (LETTER.matcher(piece).find()) {
				found.add(piece);
			}
		}
		return found;
	}

	/** Literal alt, title, placeholder and aria-label attributes that hold words (alt="" is fine). */
	static List<String> literalAttributes(String html) {
		String markup = COMMENT.matcher(html).replaceAll(" ");
		List<String> found = new ArrayList<>();
		Matcher tag = TAG.matcher(markup);
		while (tag.find()) {
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(tag.group());
			while (attribute.find()) {
				if (LETTER.matcher(attribute.group(2)).find()) {
					found.add(attribute.group());
				}
			}
		}
		return found;
	}

	@Test
	void literalTextIsCaught() {
		assertThat(literalText("<p class=\"govuk-body\">ติดต่อเรา</p>")).containsExactly("ติดต่อเรา");
		assertThat(literalText("<h1 th:text=\"#{a}\"></h1>\n<span>Contact us</span>")).containsExactly("Contact us");
		assertThat(literalText("<li><strong>191</strong> <span th:text=\"#{x}\"></span>, &nbsp;</li>")).isEmpty();
		assertThat(literalText("<!-- a note for developers --><p th:if=\"${a > b}\">[[#{a}]]</p>")).isEmpty();
		assertThat(literalText("<p th:if=\"${a > b}\">Visible</p>")).containsExactly("Visible");
	}

	@Test
	void literalLabelsAreCaught() {
		assertThat(literalAttributes("<img src=\"/logo.svg\" alt=\"ตราสำนักงานตำรวจ\">")).hasSize(1);
		assertThat(literalAttributes("<input name=\"q\" placeholder=\"Search\">")).hasSize(1);
		assertThat(literalAttributes("<nav aria-label='Main'>")).hasSize(1);
		assertThat(literalAttributes("<a href=\"/\" title=\"Home\">")).hasSize(1);
		assertThat(literalAttributes("<img src=\"/x.svg\" alt=\"\"><nav th:attr=\"aria-label=#{nav}\"><a th:title=\"#{t}\">"))
			.isEmpty();
		assertThat(literalAttributes("<title th:text=\"#{t}\"></title>")).isEmpty();
	}
}
