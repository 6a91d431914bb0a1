package org.prongsai.platform.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one operator command in a Spring context without a web server (same database and
 * configuration as the portal), then exits with the command's code.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/** Whether the program arguments name a command rather than options for the portal. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && CliCommand.GROUPS.contains(args[0]);
	}

	/** Starts a context without the web server, runs the command the arguments name and returns its exit code. */
	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN", "prongsai.demo.enabled=false",
					"spring.modulith.events.republish-outstanding-events-on-restart=false")
			.run()) {
			return execute(context.getBeansOfType(CliCommand.class).values().stream().toList(), args, out);
		}
	}

	static int execute(List<CliCommand> commands, String[] args, PrintStream out) {
		CliCommand command = args.length < 2 ? null : commands.stream()
			.filter(c -> c.group().equals(args[0]) && c.name().equals(args[1]))
			.findFirst()
			.orElse(null);
		if (command == null) {
			out.println("Commands:");
			commands.stream()
				.sorted(Comparator.comparing(CliCommand::group).thenComparing(CliCommand::name))
				.forEach(c -> out.println("  " + c.group() + " " + c.name() + "  " + c.summary()));
			return 2;
		}
		try {
			return command.run(CliArguments.parse(Arrays.asList(args).subList(2, args.length)), out);
		}
		catch (IllegalArgumentException ex) {
			out.println("error: " + ex.getMessage());
			return 2;
		}
	}
}
