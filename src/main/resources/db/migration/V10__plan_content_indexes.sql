-- A plan's content is read by version (focus areas) and by focus area (goals) on every plan, document and
-- status round; without these indexes each read scans every municipality's rows (issue 14: 44 ms against 2 ms
-- for one plan among ten years of all 98 municipalities). Foreign keys get no index of their own; the
-- other content tables' primary keys begin with focus_area_id or goal_id and serve as theirs.
create index focus_area_plan_version on focus_area (plan_id, version);
create index goal_focus_area on goal (focus_area_id);
