package org.prongsai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as declared; their diagrams are written on every build. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ProngsaiApplication.class);

	static final Path DOCS = Path.of("target", "spring-modulith-docs");

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void writesModuleDiagrams() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(DOCS.resolve("components.puml")).exists();
	}

	/** Spring Modulith 2.0 writes PlantUML only; the README's module map is Mermaid, so it is derived here. */
	@Test
	void writesMermaidModuleMap() throws IOException {
		String mermaid = mermaid(MODULES);
		Files.createDirectories(DOCS);
		Files.writeString(DOCS.resolve("modules.mmd"), mermaid, StandardCharsets.UTF_8);
		assertThat(mermaid).startsWith("flowchart LR\n").contains("station[\"Station\"]").contains("station --> ");
	}

	@Test
	void readmeShowsTheCurrentModuleMap() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		assertThat(readme).as("README.md's mermaid block; copy target/spring-modulith-docs/modules.mmd into it")
			.contains("```mermaid\n" + mermaid(MODULES) + "```");
	}

	static String mermaid(ApplicationModules modules) {
		List<ApplicationModule> sorted = modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
			.toList();
		StringBuilder out = new StringBuilder("flowchart LR\n");
		for (ApplicationModule module : sorted) {
			out.append("  ").append(node(module)).append("[\"").append(module.getDisplayName()).append("\"]\n");
		}
		for (ApplicationModule module : sorted) {
			module.getDirectDependencies(modules).uniqueModules()
				.map(ModularityTests::node)
				.sorted()
				.forEach(target -> out.append("  ").append(node(module)).append(" --> ").append(target).append('\n'));
		}
		return out.toString();
	}

	private static String node(ApplicationModule module) {
		return module.getIdentifier().toString().replaceAll("[^A-Za-z0-9_]", "_");
	}
}
