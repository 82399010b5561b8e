package dk.aarshjul.operations;

import java.util.List;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * JAXP finds an XML factory anew on every {@code newInstance()}: unless its system property names the class,
 * it asks the class path for a {@code META-INF/services} entry, which opens every jar on it. The engine makes a
 * {@code DatatypeFactory} for every due date it computes (Camunda's {@code DurationHelper}), and the renderers'
 * libraries (POI, openhtmltopdf, PDFBox's XMP) make transformers and parsers for every document; in a flight
 * recording of a status round these look-ups were in 3 % of the job threads' samples. At start the factory each
 * look-up finds is pinned by its system property, so later look-ups load that same class at once; nothing else
 * changes. A property already set, by the operator ({@code -D}) or earlier, is kept; so is a look-up that finds a
 * factory of a library rather than the JDK's own, which a thread whose context class loader cannot see that
 * library would then no longer find.
 */
@Component
class XmlFactoryLookups {

  private static final Logger LOG = LoggerFactory.getLogger(XmlFactoryLookups.class);

  record Lookup(String property, Supplier<Object> found) {
  }

  static final List<Lookup> LOOKUPS = List.of(
      new Lookup(DatatypeFactory.DATATYPEFACTORY_PROPERTY, () -> {
        try {
          return DatatypeFactory.newInstance();
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
          throw new IllegalStateException(e);
        }
      }),
      new Lookup(TransformerFactory.class.getName(), TransformerFactory::newInstance),
      new Lookup(DocumentBuilderFactory.class.getName(), DocumentBuilderFactory::newInstance),
      new Lookup(SAXParserFactory.class.getName(), SAXParserFactory::newInstance),
      new Lookup(XMLInputFactory.class.getName(), XMLInputFactory::newFactory),
      new Lookup(XMLOutputFactory.class.getName(), XMLOutputFactory::newFactory));

  XmlFactoryLookups() {
    pin();
  }

  /** Pins each factory not yet named by its property to the JDK's class the look-up finds. */
  static synchronized void pin() {
    for (Lookup lookup : LOOKUPS) {
      if (System.getProperty(lookup.property()) != null) {
        continue;
      }
      Class<?> found = lookup.found().get().getClass();
      if (found.getClassLoader() == null) {
        System.setProperty(lookup.property(), found.getName());
        LOG.debug("XML factory {} pinned to {}", lookup.property(), found.getName());
      } else {
        LOG.debug("XML factory {} left to the look-up: it finds {} of a library", lookup.property(), found.getName());
      }
    }
  }
}
