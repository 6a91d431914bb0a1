package org.prongsai.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command an operator runs as {@code java -jar prongsai.jar GROUP NAME [--option value ...]}.
 * Modules contribute commands as beans; the command line finds them by {@link #group()} and {@link #name()}.
 */
public interface CliCommand {

	/** The first word, for example {@code admin}. */
	String group();

	/** The second word, for example {@code create}. */
	String name();

	/** One line shown in the list of commands. */
	String summary();

	/**
	 * Runs the command.
	 * @return the process exit code: 0 on success, 1 when the command ran and found a problem (a broken audit
	 *     chain), 2 when the input was refused or the usage is wrong
	 */
	int run(CliArguments arguments, PrintStream out);

	/** The command's groups (first words); the launcher recognises a command by these alone. */
	List<String> GROUPS = List.of("admin", "station", "audit", "keys");
}
