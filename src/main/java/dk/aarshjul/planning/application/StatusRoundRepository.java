package dk.aarshjul.planning.application;

import dk.aarshjul.planning.domain.Quarter;
import java.time.OffsetDateTime;
import java.util.List;

public interface StatusRoundRepository {

  String insert(String planId, String tenantId, Quarter quarter, boolean onDemand);

  boolean writeStatus(String roundId, String tenantId, String text, String author);

  List<Round> list(String planId, String tenantId);

  record Round(String id, Quarter quarter, boolean onDemand, String statusText, OffsetDateTime writtenAt, String writtenBy) {}
}
