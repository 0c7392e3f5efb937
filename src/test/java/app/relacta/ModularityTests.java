package app.relacta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The feature packages are modules (Spring Modulith): no cycle between them, no reach
 * into another module's internals, and the README's list of modules and what each may use
 * is the one the code has. A deliberately cyclic pair of packages shows the check fails
 * on a cycle.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(RelactaApplication.class);

	@Test
	void theModulesHaveNoCycleAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void aCycleBetweenTwoPackagesFailsTheBuild() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of("fixtures.cyclic", (location) -> true).verify())
			.withMessageContaining("Cycle detected");
	}

	@Test
	void theReadmeListsTheModulesAndTheirDependenciesAsTheCodeHasThem() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		assertThat(readme).as("README.md, section 'Modules' (the expected text is this test's)")
			.contains(dependencyTable());
		// A diagram for those who like pictures: target/spring-modulith-docs (PlantUML).
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	static String dependencyTable() {
		return MODULES.stream()
			.sorted((a, b) -> a.getIdentifier().toString().compareTo(b.getIdentifier().toString()))
			.map((module) -> "| `" + module.getIdentifier() + "` | " + uses(module) + " |")
			.collect(Collectors.joining("\n", "| module | uses |\n|---|---|\n", "\n"));
	}

	private static String uses(ApplicationModule module) {
		String used = module.getDirectDependencies(MODULES)
			.uniqueModules()
			.map((dependency) -> dependency.getIdentifier().toString())
			.sorted()
			.map((name) -> "`" + name + "`")
			.collect(Collectors.joining(", "));
		return used.isEmpty() ? "nothing" : used;
	}

}
