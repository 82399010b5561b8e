package dk.aarshjul.documents.adapter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of a document's style sheet that Word can follow, so the .docx takes its look from the same
 * CSS as the HTML and PDF. Only selectors of element names and classes, alone or as descendants
 * ({@code p.meta}, {@code .status-ON_TRACK}, {@code table.goals col.c-goal}), are read; rules with
 * attributes, pseudo-classes or at-rules ({@code @page}) are skipped. Later rules win, as by source order;
 * specificity is not weighed, which the document templates do not rely on.
 */
final class CssRules {

  private static final Pattern COMPOUND = Pattern.compile("[a-zA-Z0-9]*(\\.[\\w-]+)*");

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** One step of a selector: an element name (empty for any) and the classes the element must have. */
  private record Compound(String name, List<String> classes) {

    static Compound of(String text) {
      String[] parts = text.split("\\.");
      return new Compound(parts[0], List.of(parts).subList(1, parts.length));
    }
  }

  private record Rule(List<Compound> compounds, Map<String, String> declarations) {}

  private final List<Rule> rules;

  private CssRules(List<Rule> rules) {
    this.rules = rules;
  }

  static CssRules parse(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> rules = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = text.indexOf('{', at);
      if (open < 0) {
        return new CssRules(rules);
      }
      int close = matchingBrace(text, open);
      String selectors = text.substring(at, open).trim();
      if (!selectors.startsWith("@")) {
        Map<String, String> declarations = declarations(text.substring(open + 1, close));
        for (String selector : selectors.split(",")) {
          List<String> compounds = List.of(WHITE_SPACE.split(selector.trim()));
          if (compounds.stream().allMatch(c -> !c.isEmpty() && COMPOUND.matcher(c).matches())) {
            rules.add(new Rule(compounds.stream().map(Compound::of).toList(), declarations));
          }
        }
      }
      at = close + 1;
    }
  }

  /** The declarations that apply to the element: its matching rules in source order, then its style attribute. */
  Map<String, String> of(Element element) {
    Map<String, String> applied = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (matches(rule.compounds(), element)) {
        applied.putAll(rule.declarations());
      }
    }
    applied.putAll(declarations(element.getAttribute("style")));
    return applied;
  }

  static Map<String, String> declarations(String block) {
    Map<String, String> declarations = new LinkedHashMap<>();
    for (String declaration : block.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        declarations.put(declaration.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), declaration.substring(colon + 1).trim());
      }
    }
    return declarations;
  }

  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length() - 1;
  }

  /** The last compound names the element itself, each earlier one some ancestor further up. */
  private static boolean matches(List<Compound> compounds, Element element) {
    if (!matches(compounds.get(compounds.size() - 1), element)) {
      return false;
    }
    Node ancestor = element.getParentNode();
    for (int i = compounds.size() - 2; i >= 0; i--) {
      while (ancestor instanceof Element candidate && !matches(compounds.get(i), candidate)) {
        ancestor = ancestor.getParentNode();
      }
      if (!(ancestor instanceof Element)) {
        return false;
      }
      ancestor = ancestor.getParentNode();
    }
    return true;
  }

  private static boolean matches(Compound compound, Element element) {
    if (!compound.name().isEmpty() && !compound.name().equalsIgnoreCase(element.getTagName())) {
      return false;
    }
    if (compound.classes().isEmpty()) {
      return true;
    }
    List<String> classes = List.of(WHITE_SPACE.split(element.getAttribute("class").trim()));
    return classes.containsAll(compound.classes());
  }
}
