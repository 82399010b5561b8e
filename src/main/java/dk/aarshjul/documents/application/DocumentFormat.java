package dk.aarshjul.documents.application;

import java.util.Locale;
import java.util.Optional;

/** The formats every document is made in: committee papers go into case systems as Word or PDF. */
public enum DocumentFormat {
  PDF("application/pdf"),
  HTML("text/html;charset=UTF-8"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String mediaType;

  DocumentFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DocumentFormat> byExtension(String extension) {
    for (DocumentFormat format : values()) {
      if (format.extension().equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
