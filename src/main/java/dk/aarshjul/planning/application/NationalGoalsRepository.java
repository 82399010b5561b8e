package dk.aarshjul.planning.application;

import java.util.List;
import java.util.Set;

/** The national goals published for each year. They belong to no tenant: every municipality sees them. */
public interface NationalGoalsRepository {

  boolean isPublished(int year);

  void insert(int year, List<String> titles, String publishedBy);

  Set<Integer> goalNumbers(int year);

  List<String> titles(int year);
}
