package dk.aarshjul.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;

/** Architecture rules as tests; ArchUnit's own JUnit engine is not used so surefire filters work. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.aarshjul");
  }

  static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
          "com.fasterxml..", "jakarta..", "java.sql..")
      .because("the domain is plain Java, testable without Spring or the engine");

  static final ArchRule applicationDoesNotKnowTheEngine = noClasses().that().resideInAPackage("..application..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
      .because("engine-specific code stays in adapters, so moving to Operaton stays mechanical");

  static final ArchRule delegatesOnlyCallUseCases = noClasses()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
      .should().dependOnClassesThat().resideInAnyPackage("..adapter.db..", "..adapter.rest..", "org.springframework.jdbc..")
      .because("delegates are thin adapters that call application services");

  /** The features, each below the ones after it; a feature may use those before it and never one after. */
  static final List<String> FEATURES = List.of("reference", "tenancy", "indicators", "goals", "documents", "planning", "followup",
      "notifications");

  static final ArchRule featureSlicesAreFreeOfCycles = slices().matching("dk.aarshjul.(*)..")
      .should().beFreeOfCycles()
      .because("features depend one way: a feature that uses others sits above them");

  static final ArchRule sharedKernelKnowsNoFeature = noClasses().that().resideInAPackage("dk.aarshjul.shared..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "dk.aarshjul." + f + "..").toArray(String[]::new))
      .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..")
      .because("the shared kernel holds plain value types every feature uses");

  static final ArchRule delegatesAreSpringBeansReferencedByName = classes()
      .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
      .should().beAnnotatedWith(org.springframework.stereotype.Component.class)
      .because("BPMN references them with camunda:delegateExpression, never camunda:class");

  @Test
  void domainIsPlainJava() {
    domainIsPlainJava.check(classes);
  }

  @Test
  void applicationDoesNotKnowTheEngine() {
    applicationDoesNotKnowTheEngine.check(classes);
  }

  @Test
  void delegatesOnlyCallUseCases() {
    delegatesOnlyCallUseCases.check(classes);
  }

  @Test
  void featureSlicesAreFreeOfCycles() {
    featureSlicesAreFreeOfCycles.check(classes);
  }

  @Test
  void sharedKernelKnowsNoFeature() {
    sharedKernelKnowsNoFeature.check(classes);
  }

  @Test
  void featuresUseOnlyTheFeaturesBelowThem() {
    for (int i = 0; i < FEATURES.size(); i++) {
      String[] above = FEATURES.subList(i + 1, FEATURES.size()).stream().map(f -> "dk.aarshjul." + f + "..").toArray(String[]::new);
      if (above.length > 0) {
        noClasses().that().resideInAPackage("dk.aarshjul." + FEATURES.get(i) + "..")
            .should().dependOnClassesThat().resideInAnyPackage(above)
            .because(FEATURES.get(i) + " sits below " + String.join(", ", FEATURES.subList(i + 1, FEATURES.size())))
            .check(classes);
      }
    }
  }

  @Test
  void noFeatureReachesIntoAnothersAdapters() {
    for (String feature : FEATURES) {
      String[] othersAdapters = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "dk.aarshjul." + f + ".adapter..")
          .toArray(String[]::new);
      noClasses().that().resideInAPackage("dk.aarshjul." + feature + "..")
          .should().dependOnClassesThat().resideInAnyPackage(othersAdapters)
          .because("features talk through application services, ports and domain types")
          .check(classes);
    }
  }

  @Test
  void delegatesAreSpringBeansReferencedByName() {
    delegatesAreSpringBeansReferencedByName.check(classes);
  }
}
