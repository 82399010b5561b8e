package dk.aarshjul.reference.domain;

import java.time.LocalDate;

/** From which day, and until which day (inclusive; none: still valid), something holds by law. */
public record Validity(LocalDate from, LocalDate to) {

  public Validity {
    if (from == null) {
      throw new IllegalArgumentException("A validity needs a first day");
    }
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("A validity cannot end before it begins: " + from + " to " + to);
    }
  }

  public static Validity from(LocalDate from) {
    return new Validity(from, null);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /** Whether it holds on any day from {@code first} to {@code last}, both included. */
  public boolean overlaps(LocalDate first, LocalDate last) {
    return !last.isBefore(from) && (to == null || !first.isAfter(to));
  }

  /** Whether both hold on some day. */
  public boolean overlaps(Validity other) {
    return overlaps(other.from, other.to == null ? LocalDate.MAX : other.to);
  }
}
