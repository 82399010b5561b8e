package dk.aarshjul.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN process and Camunda Form together, once, for all tenants. Forms are found through
 * {@code formRefBinding="deployment"} in the same deployment as their process, which works for every
 * tenant's instances; an unchanged set is not deployed again.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

  static final String DEPLOYMENT_NAME = "aarshjul";
  static final String LOCATION = "classpath*:processes/";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);

  private final RepositoryService repository;

  ProcessDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void afterSingletonsInstantiated() {
    DeploymentBuilder deployment =
        repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME).enableDuplicateFiltering(false);
    List<Resource> resources = resources();
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(resource.getFilename(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    var deployed = deployment.deployWithResult();
    LOG.info("Deployed {} processes and forms as deployment {}", resources.size(), deployed.getId());
  }

  static List<Resource> resources() {
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      List<Resource> resources = new ArrayList<>();
      resources.addAll(Arrays.asList(resolver.getResources(LOCATION + "*.bpmn")));
      resources.addAll(Arrays.asList(resolver.getResources(LOCATION + "*.form")));
      resources.sort(Comparator.comparing(Resource::getFilename));
      if (resources.isEmpty()) {
        throw new IllegalStateException("No processes found at " + LOCATION);
      }
      return resources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
