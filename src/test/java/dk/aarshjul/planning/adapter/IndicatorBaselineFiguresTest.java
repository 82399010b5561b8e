package dk.aarshjul.planning.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dk.aarshjul.indicators.application.IndicatorPullService;
import dk.aarshjul.indicators.application.IndicatorStore;
import dk.aarshjul.indicators.application.IndicatorStore.Stored;
import dk.aarshjul.indicators.domain.Area;
import dk.aarshjul.indicators.domain.IndicatorValue;
import dk.aarshjul.planning.application.BaselineFigures.Wanted;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorBaselineFiguresTest {

  static final Area TAARNBY = Area.municipality("185");

  final Map<String, BigDecimal> stored = new HashMap<>();
  final IndicatorStore store = mock(IndicatorStore.class);
  final IndicatorPullService pulls = mock(IndicatorPullService.class);

  @Test
  void whatIsMissingIsPulledOncePerPeriodNotOncePerGoal() {
    stored.put("stored;2024", new BigDecimal("12.5"));
    when(store.find(any(), any(), any())).thenAnswer(call -> find(call.getArgument(0), call.getArgument(2)));
    when(pulls.pull(anyList(), anyList())).thenAnswer(call -> {
      List<String> codes = call.getArgument(0);
      List<String> periods = call.getArgument(1);
      codes.forEach(code -> stored.put(code + ";" + periods.get(0), code.equals("suppressed") ? null : BigDecimal.TEN));
      return null;
    });

    Map<Wanted, BigDecimal> figures = new IndicatorBaselineFigures(store, pulls).figures(List.of(
        new Wanted("a", "2025Q2"), new Wanted("b", "2025Q2"), new Wanted("a", "2025Q2"),
        new Wanted("suppressed", "2025Q2"), new Wanted("c", "2024"), new Wanted("stored", "2024")), "185");

    verify(pulls).pull(List.of("a", "b", "suppressed"), List.of("2025Q2"));
    verify(pulls).pull(List.of("c"), List.of("2024"));
    verifyNoMoreInteractions(pulls);
    assertThat(figures).containsOnly(
        Map.entry(new Wanted("a", "2025Q2"), BigDecimal.TEN),
        Map.entry(new Wanted("b", "2025Q2"), BigDecimal.TEN),
        Map.entry(new Wanted("c", "2024"), BigDecimal.TEN),
        Map.entry(new Wanted("stored", "2024"), new BigDecimal("12.5")));
  }

  private Optional<Stored> find(String code, String period) {
    String key = code + ";" + period;
    return stored.containsKey(key)
        ? Optional.of(new Stored(new IndicatorValue(code, TAARNBY, period, stored.get(key)), "test", OffsetDateTime.now(), "r"))
        : Optional.empty();
  }
}
