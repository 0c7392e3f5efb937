package app.relacta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

	@Test
	void noTwoRecordsHaveTheSameComponents() {
		Map<String, List<String>> byComponents = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("app.relacta")
			.stream()
			.map(JavaClass::reflect)
			.filter(Class::isRecord)
			.collect(Collectors.groupingBy(ModularityTests::components, TreeMap::new,
					Collectors.mapping(Class::getName, Collectors.toList())));
		assertThat(byComponents).as("the records of the application").hasSizeGreaterThan(50);
		assertThat(byComponents.values()).as("records with the same components").allMatch((names) -> names.size() == 1);
	}

	@Test
	void noMainClassIsOver350Lines() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			Map<Path, Long> tooLong = new TreeMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
					long count = lines.count();
					if (count > 350) {
						tooLong.put(file, count);
					}
				}
			}
			assertThat(tooLong).as("files over 350 lines: split them along their own lines").isEmpty();
		}
	}

	private static String components(Class<?> record) {
		return Arrays.stream(record.getRecordComponents())
			.map((component) -> component.getGenericType().getTypeName() + " " + component.getName())
			.collect(Collectors.joining(", "));
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
