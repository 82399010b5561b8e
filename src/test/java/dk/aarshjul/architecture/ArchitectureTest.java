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
      "notifications", "wheel");

  static final ArchRule featureSlicesAreFreeOfCycles = slices().matching("dk.aarshjul.(*)..")
      .should().beFreeOfCycles()
      .because("features depend one way: a feature that uses others sits above them");

  /**
   * The slices above leave out the root package, so a cycle through it (engine → AarshjulApplication →
   * notifications → engine) would pass unseen. The root holds the composition root only: it may know
   * everything, and nothing knows it.
   */
  static final ArchRule nothingDependsOnTheCompositionRoot = noClasses().that().resideOutsideOfPackage("dk.aarshjul")
      .should().dependOnClassesThat().resideInAPackage("dk.aarshjul")
      .because("the root package (AarshjulApplication, EngineConfiguration) wires the features; nothing depends on it,"
          + " so no cycle runs through it");

  /**
   * The technical packages, each below the ones after it: the shared kernel at the bottom, the engine's
   * extensions and the web's error answers on it, then security (which answers in the web's problem format
   * and translates the engine's rejections) and operations (the engine's metrics, the web's problems).
   * None of them knows a feature; features plug into them through ports (e.g. security's
   * {@code SsoUsers}, which tenancy implements) and Spring beans. Engine and web do not use each other today;
   * the order allows web to use the engine, which would still be no cycle.
   */
  static final List<String> TECHNICAL = List.of("shared", "engine", "web", "security", "operations");

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
  void nothingDependsOnTheCompositionRoot() {
    nothingDependsOnTheCompositionRoot.check(classes);
  }

  @Test
  void technicalPackagesKnowNoFeature() {
    String[] features = FEATURES.stream().map(f -> "dk.aarshjul." + f + "..").toArray(String[]::new);
    for (String technical : TECHNICAL) {
      noClasses().that().resideInAPackage("dk.aarshjul." + technical + "..")
          .should().dependOnClassesThat().resideInAnyPackage(features)
          .because(technical + " is technical: the features use it, it does not use them")
          .check(classes);
    }
  }

  @Test
  void technicalPackagesUseOnlyThoseBelowThem() {
    for (int i = 0; i < TECHNICAL.size(); i++) {
      List<String> aboveNames = TECHNICAL.subList(i + 1, TECHNICAL.size());
      String[] above = aboveNames.stream().map(t -> "dk.aarshjul." + t + "..").toArray(String[]::new);
      if (above.length > 0) {
        noClasses().that().resideInAPackage("dk.aarshjul." + TECHNICAL.get(i) + "..")
            .should().dependOnClassesThat().resideInAnyPackage(above)
            .because(TECHNICAL.get(i) + " sits below " + String.join(", ", aboveNames))
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
