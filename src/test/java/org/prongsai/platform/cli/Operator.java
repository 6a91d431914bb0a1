package org.prongsai.platform.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;

/**
 * An operator at the terminal: runs commands exactly as the launcher does, with every command
 * bean of a running context, and keeps what they print.
 */
public final class Operator {

	private static final Pattern PASSWORD = Pattern.compile("(?m)password \\(shown once[^)]*\\): (\\S+)$");

	private final List<CliCommand> commands;

	public Operator(ApplicationContext context) {
		this.commands = List.copyOf(context.getBeansOfType(CliCommand.class).values());
	}

	public Outcome run(String... args) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exitCode = CommandLine.execute(commands, args, new PrintStream(printed, true, StandardCharsets.UTF_8));
		return new Outcome(exitCode, printed.toString(StandardCharsets.UTF_8));
	}

	/** What one command printed and the code it exited with. */
	public record Outcome(int exitCode, String output) {

		/** The one-time password the command printed. */
		public String password() {
			Matcher password = PASSWORD.matcher(output);
			if (!password.find()) {
				throw new AssertionError("no password printed: " + output);
			}
			return password.group(1);
		}

		/** How many times the text appears in what was printed. */
		public int occurrences(String text) {
			return output.split(Pattern.quote(text), -1).length - 1;
		}
	}
}
