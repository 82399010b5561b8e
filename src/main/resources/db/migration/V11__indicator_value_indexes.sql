-- The figures of one indicator are read by period (every area's figure of a quarter: benchmarks, rank, the
-- revision check at each pull) and by area (a municipality's series in every report, one read per goal). The
-- primary key (indicator_code, area_type, area_code, period) serves neither beyond the indicator, which holds
-- every area's figures of all years (13,000 rows for a monthly indicator over ten years).
create index indicator_value_period on indicator_value (indicator_code, period);
create index indicator_value_area on indicator_value (indicator_code, area_code);
