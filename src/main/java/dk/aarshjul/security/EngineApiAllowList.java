package dk.aarshjul.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which part of the engine's HTTP surface, read from the table in
 * {@code docs/engine-api-allow-list.md} (on the classpath as {@value #RESOURCE}). The table is the rule;
 * the isolation tests are generated from the same file.
 */
public final class EngineApiAllowList {

  public static final String RESOURCE = "/security/engine-api-allow-list.md";

  /** Where a path lives: the engine's REST API (both mounts) or the webapps' own APIs below /camunda. */
  public enum Surface { ENGINE, WEBAPP }

  public enum Who { ANYONE, STAFF, OPERATOR, NOBODY }

  /**
   * One row of the table.
   *
   * @param resource what the path's first variable names and must be visible to the caller, or null
   * @param self whether the user named by the path (or the body's {@code userId}) must be the caller
   */
  public record Rule(Surface surface, String method, String path, Who who, String resource, boolean self, PathPattern pattern) {

    /** The value of the resource's id variable in a matching path. */
    public String resourceId(String requestPath) {
      Matcher first = VARIABLE.matcher(path);
      if (!first.find()) {
        return null;
      }
      Map<String, String> variables = pattern.matchAndExtract(PathContainer.parsePath(requestPath)).getUriVariables();
      return variables.get(first.group(1));
    }
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final List<Rule> rules;

  private EngineApiAllowList(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static EngineApiAllowList fromClasspath() {
    try (InputStream in = EngineApiAllowList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The engine API allow-list " + RESOURCE + " is not on the classpath");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EngineApiAllowList parse(InputStream markdown) throws IOException {
    PathPatternParser parser = new PathPatternParser();
    List<Rule> rules = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(markdown, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.startsWith("| engine ") && !line.startsWith("| webapp ")) {
        continue;
      }
      String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::trim).toArray(String[]::new);
      if (cells.length < 5) {
        throw new IllegalStateException("Allow-list row without its five columns: " + line);
      }
      String path = cells[2].replace("`", "");
      List<String> resource = cells[4].isEmpty() ? List.of() : List.of(cells[4].split("\\s+"));
      rules.add(new Rule(
          Surface.valueOf(cells[0].toUpperCase(Locale.ROOT)),
          cells[1].toUpperCase(Locale.ROOT),
          path,
          Who.valueOf(cells[3].toUpperCase(Locale.ROOT)),
          resource.isEmpty() || resource.get(0).equals("self") ? null : resource.get(0),
          resource.contains("self"),
          parser.parse(path)));
    }
    if (rules.isEmpty()) {
      throw new IllegalStateException("The engine API allow-list has no rows");
    }
    return new EngineApiAllowList(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The row for this call: of all rows that match, the one with the most specific path. */
  public Optional<Rule> find(Surface surface, String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    return rules.stream()
        .filter(rule -> rule.surface() == surface && rule.method().equals(method) && rule.pattern().matches(container))
        .min((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
  }
}
