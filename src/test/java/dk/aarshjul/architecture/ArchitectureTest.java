package dk.aarshjul.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  static final ArchRule featuresDoNotReachIntoEachOthersAdapters = noClasses()
      .that().resideInAPackage("dk.aarshjul.tenancy..")
      .should().dependOnClassesThat().resideInAnyPackage("dk.aarshjul.planning..")
      .because("tenancy is below planning");

  static final ArchRule planningUsesTenancyOnlyThroughItsApi = noClasses()
      .that().resideInAPackage("dk.aarshjul.planning..")
      .should().dependOnClassesThat().resideInAnyPackage("dk.aarshjul.tenancy.adapter..")
      .because("features talk through application services and domain types");

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
  void featuresDoNotReachIntoEachOthersAdapters() {
    featuresDoNotReachIntoEachOthersAdapters.check(classes);
  }

  @Test
  void planningUsesTenancyOnlyThroughItsApi() {
    planningUsesTenancyOnlyThroughItsApi.check(classes);
  }

  @Test
  void delegatesAreSpringBeansReferencedByName() {
    delegatesAreSpringBeansReferencedByName.check(classes);
  }
}
