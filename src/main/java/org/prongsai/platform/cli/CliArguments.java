package org.prongsai.platform.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code --name value} options after a command's two words. */
public final class CliArguments {

	private final Map<String, String> options;

	private CliArguments(Map<String, String> options) {
		this.options = options;
	}

	/**
	 * Parses {@code --name value} and {@code --name=value} pairs.
	 * @throws IllegalArgumentException naming the first word that is not an option or lacks a value
	 */
	public static CliArguments parse(List<String> words) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--") || word.length() < 3) {
				throw new IllegalArgumentException("not an option: " + word);
			}
			int eq = word.indexOf('=');
			if (eq > 0) {
				options.put(word.substring(2, eq), word.substring(eq + 1));
			}
			else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
				options.put(word.substring(2), words.get(++i));
			}
			else {
				options.put(word.substring(2), "true");
			}
		}
		return new CliArguments(options);
	}

	/** The option's value, or empty when it was not given. */
	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/**
	 * The option's value.
	 * @throws IllegalArgumentException when it was not given
	 */
	public String required(String name) {
		return option(name).orElseThrow(() -> new IllegalArgumentException("missing --" + name));
	}

	public boolean flag(String name) {
		return "true".equals(options.get(name));
	}
}
