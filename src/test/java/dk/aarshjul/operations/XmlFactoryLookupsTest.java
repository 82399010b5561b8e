package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmlFactoryLookupsTest {

  private final Map<String, String> before = new HashMap<>();

  @BeforeEach
  void unpinned() {
    XmlFactoryLookups.LOOKUPS.forEach(lookup -> before.put(lookup.property(), System.clearProperty(lookup.property())));
  }

  @AfterEach
  void restore() {
    before.forEach((property, value) -> {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    });
  }

  @Test
  void eachLookupFindsAfterPinningTheClassItFoundBefore() {
    Map<String, Class<?>> found = new HashMap<>();
    XmlFactoryLookups.LOOKUPS.forEach(lookup -> found.put(lookup.property(), lookup.found().get().getClass()));

    XmlFactoryLookups.pin();

    for (XmlFactoryLookups.Lookup lookup : XmlFactoryLookups.LOOKUPS) {
      assertThat(lookup.found().get().getClass()).as(lookup.property()).isEqualTo(found.get(lookup.property()));
      if (found.get(lookup.property()).getClassLoader() == null) {
        assertThat(System.getProperty(lookup.property())).as(lookup.property()).isEqualTo(found.get(lookup.property()).getName());
      } else {
        assertThat(System.getProperty(lookup.property())).as(lookup.property()).isNull();
      }
    }
    // on this class path every look-up finds the JDK's own, so every one is pinned
    assertThat(found.values()).allSatisfy(factory -> assertThat(factory.getClassLoader()).as(factory.getName()).isNull());
  }

  @Test
  void keepsWhatTheOperatorSet() {
    String property = XmlFactoryLookups.LOOKUPS.get(0).property();
    System.setProperty(property, "org.example.OperatorsFactory");

    XmlFactoryLookups.pin();

    assertThat(System.getProperty(property)).isEqualTo("org.example.OperatorsFactory");
  }
}
