package org.prongsai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.prongsai.platform.cli.CommandLine;

/**
 * Prongsai: the station portal. Started without arguments it serves the web portal; started with
 * a command (for example {@code admin create ...}) it runs that command without a web server and exits.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
public class ProngsaiApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(ProngsaiApplication.class, args));
		}
		SpringApplication.run(ProngsaiApplication.class, args);
	}
}
