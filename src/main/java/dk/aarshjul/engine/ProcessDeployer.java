package dk.aarshjul.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the processes and their Camunda Forms, each set once, so that every process definition finds its
 * forms through {@code formRefBinding="deployment"} (docs/adr/0002 and 0017):
 * <ol>
 *   <li>each earlier version of a process kept in {@code processes/versions/<tag>/} as a shared deployment of
 *       its own, with the current forms overlaid by the version's own;</li>
 *   <li>the current processes and forms as the shared deployment {@code aarshjul}, deployed after the earlier
 *       versions so that it is the latest;</li>
 *   <li>each municipality's own variant ({@code <variants>/<tenant>/*.bpmn}) as a deployment of that tenant,
 *       with the forms of the version its process names in {@code camunda:versionTag}.</li>
 * </ol>
 * An unchanged set is not deployed again.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

  static final String DEPLOYMENT_NAME = "aarshjul";
  static final String LOCATION = "classpath*:processes/";
  static final String VERSIONS = "versions/";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);

  private final RepositoryService repository;
  private final String variants;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ProcessDeployer(RepositoryService repository, @Value("${aarshjul.cycle.variants:}") String variants) {
    this.repository = repository;
    this.variants = variants.isBlank() || variants.endsWith("/") ? variants : variants + "/";
  }

  @Override
  public void afterSingletonsInstantiated() {
    Map<String, Resource> currentForms = byName(find(LOCATION + "*.form"));
    for (Map.Entry<String, List<Resource>> version : versions().entrySet()) {
      String tag = versionTag(version.getValue());
      if (!version.getKey().equals(tag)) {
        throw new IllegalStateException("The processes in " + VERSIONS + version.getKey() + "/ must have camunda:versionTag=\""
            + version.getKey() + "\", not " + tag);
      }
      deploy(DEPLOYMENT_NAME + "-" + version.getKey(), null, withForms(version.getValue(), formsOf(version.getKey(), currentForms)));
    }
    List<Resource> current = new ArrayList<>(find(LOCATION + "*.bpmn"));
    if (current.isEmpty()) {
      throw new IllegalStateException("No processes found at " + LOCATION);
    }
    deploy(DEPLOYMENT_NAME, null, withForms(current, currentForms));
    for (Map.Entry<String, List<Resource>> variant : variants().entrySet()) {
      String tenant = variant.getKey();
      Map<String, Resource> forms = new LinkedHashMap<>(formsOf(versionTag(variant.getValue()), currentForms));
      forms.putAll(byName(variant.getValue().stream().filter(r -> name(r).endsWith(".form")).toList()));
      List<Resource> processes = variant.getValue().stream().filter(r -> name(r).endsWith(".bpmn")).toList();
      deploy(DEPLOYMENT_NAME + "-variant-" + tenant, tenant, withForms(processes, forms));
    }
  }

  private void deploy(String name, String tenantId, List<Resource> resources) {
    DeploymentBuilder deployment = repository.createDeployment().name(name).source(DEPLOYMENT_NAME).enableDuplicateFiltering(false);
    if (tenantId != null) {
      deployment.tenantId(tenantId);
    }
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(name(resource), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    var deployed = deployment.deployWithResult();
    LOG.info("Deployment {}{}: {} processes and forms, id {}", name, tenantId == null ? "" : " for " + tenantId,
        resources.size(), deployed.getId());
  }

  /** The earlier versions by tag, oldest first: their processes and forms. */
  private Map<String, List<Resource>> versions() {
    return byFolder(find(LOCATION + VERSIONS + "*/*.bpmn"), find(LOCATION + VERSIONS + "*/*.form"));
  }

  /** Each municipality's own variant, by tenant id. */
  private Map<String, List<Resource>> variants() {
    if (variants.isBlank()) {
      return Map.of();
    }
    return byFolder(find(variants + "*/*.bpmn"), find(variants + "*/*.form"));
  }

  /** The current forms with those of the given earlier version in their place (none: the current ones). */
  private Map<String, Resource> formsOf(String versionTag, Map<String, Resource> currentForms) {
    Map<String, Resource> forms = new LinkedHashMap<>(currentForms);
    if (versionTag != null) {
      forms.putAll(byName(find(LOCATION + VERSIONS + versionTag + "/*.form")));
    }
    return forms;
  }

  private static String versionTag(List<Resource> resources) {
    for (Resource resource : resources) {
      if (name(resource).endsWith(".bpmn")) {
        try (InputStream in = resource.getInputStream()) {
          for (Process process : Bpmn.readModelFromStream(in).getModelElementsByType(Process.class)) {
            if (process.getCamundaVersionTag() != null) {
              return process.getCamundaVersionTag();
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resource, e);
        }
      }
    }
    return null;
  }

  private static List<Resource> withForms(List<Resource> processes, Map<String, Resource> forms) {
    List<Resource> all = new ArrayList<>(processes.stream().filter(r -> name(r).endsWith(".bpmn")).toList());
    all.addAll(forms.values());
    all.sort(Comparator.comparing(ProcessDeployer::name));
    return all;
  }

  private static Map<String, List<Resource>> byFolder(List<Resource> processes, List<Resource> forms) {
    Map<String, List<Resource>> folders = new TreeMap<>();
    for (Resource resource : processes) {
      folders.computeIfAbsent(folder(resource), f -> new ArrayList<>()).add(resource);
    }
    for (Resource resource : forms) {
      if (folders.containsKey(folder(resource))) {
        folders.get(folder(resource)).add(resource);
      }
    }
    return folders;
  }

  private static Map<String, Resource> byName(List<Resource> resources) {
    Map<String, Resource> named = new TreeMap<>();
    resources.forEach(r -> named.put(name(r), r));
    return named;
  }

  /** The folder a resource lies in: the version's tag or the variant's tenant. */
  private static String folder(Resource resource) {
    try {
      String path = resource.getURL().toString();
      String parent = path.substring(0, path.lastIndexOf('/'));
      return parent.substring(parent.lastIndexOf('/') + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Resource resource) {
    return resource.getFilename();
  }

  private List<Resource> find(String pattern) {
    try {
      return Arrays.asList(resolver.getResources(pattern));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }
}
