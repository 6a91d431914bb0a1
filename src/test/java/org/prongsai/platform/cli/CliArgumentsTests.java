package org.prongsai.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class CliArgumentsTests {

	private static CliArguments parse(String... words) {
		return CliArguments.parse(List.of(words));
	}

	@Test
	void optionTakesTheNextWordAsItsValue() {
		CliArguments arguments = parse("--code", "kamala", "--name", "สถานีตำรวจภูธรกมลา");

		assertThat(arguments.option("code")).hasValue("kamala");
		assertThat(arguments.required("name")).isEqualTo("สถานีตำรวจภูธรกมลา");
	}

	@Test
	void optionTakesItsValueAfterAnEqualsSign() {
		CliArguments arguments = parse("--roles=STATION_ADMIN,COMMANDER", "--note=a=b");

		assertThat(arguments.option("roles")).hasValue("STATION_ADMIN,COMMANDER");
		assertThat(arguments.option("note")).as("only the first = splits").hasValue("a=b");
	}

	@Test
	void optionWithoutAValueIsAFlag() {
		CliArguments arguments = parse("--dry-run", "--code", "kamala", "--verbose");

		assertThat(arguments.flag("dry-run")).isTrue();
		assertThat(arguments.flag("verbose")).isTrue();
		assertThat(arguments.option("code")).hasValue("kamala");
		assertThat(arguments.flag("code")).isFalse();
		assertThat(arguments.flag("quiet")).isFalse();
	}

	@Test
	void missingOptionIsEmptyAndRequiredNamesIt() {
		CliArguments arguments = parse("--code", "kamala");

		assertThat(arguments.option("phone")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> arguments.required("phone"))
			.withMessage("missing --phone");
	}

	@Test
	void refusesABareWordOrADashAlone() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("kamala")).withMessage("not an option: kamala");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--code", "kamala", "extra"))
			.withMessage("not an option: extra");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("-c", "kamala")).withMessage("not an option: -c");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--")).withMessage("not an option: --");
	}

	@Test
	void noWordsGiveNoOptions() {
		assertThat(parse().option("code")).isEmpty();
	}
}
