-- Goals of every kind the plans state (docs: shared/domain.md, "Goals as the seeds state them"), as typed
-- columns: each kind fills the ones it needs. Benchmarks and national goals are rows of their own.

alter table goal add column kind varchar(32);
update goal set kind = 'baseline-to-target';
alter table goal alter column kind set not null;

-- the unit comes from the indicator; before the catalogue, only these codes could be chosen
alter table goal add column unit varchar(32);
update goal set unit = case
    when indicator_code like 'fuldtidspersoner%' then 'full-time-persons'
    when indicator_code = 'optalt-aktivitet' then 'count'
    else 'percent' end;
alter table goal alter column unit set not null;

alter table goal add column target_group varchar(64);
update goal set target_group = (select min(t.target_group) from focus_area_target_group t where t.focus_area_id = goal.focus_area_id);
alter table goal alter column target_group set not null;

alter table goal alter column baseline_value drop not null;
alter table goal alter column baseline_period drop not null;
alter table goal alter column target_value drop not null;

alter table goal add column bound varchar(16);
alter table goal add column change_percent numeric(14, 4);
alter table goal add column reference_period varchar(7);
alter table goal add column better varchar(16);
alter table goal add column benchmark varchar(32);
alter table goal add column benchmark_baseline numeric(14, 4);
alter table goal add column reduce_by_points numeric(14, 4);
alter table goal add column population varchar(200);
alter table goal add column fraction_numerator integer;
alter table goal add column fraction_denominator integer;
alter table goal add column comparison varchar(16);
alter table goal add column margin_points numeric(14, 4);
alter table goal add column direction varchar(16);
alter table goal add column activity varchar(500);
alter table goal add column activity_count integer;
alter table goal add column activity_per varchar(16);

create table goal_national_goal (
    goal_id        varchar(36)  not null references goal (id),
    tenant_id      varchar(64)  not null,
    goal_number    integer      not null,
    primary key (goal_id, goal_number)
);
insert into goal_national_goal (goal_id, tenant_id, goal_number)
    select id, tenant_id, national_goal from goal where national_goal is not null;
alter table goal drop column national_goal;

create table goal_benchmark (
    goal_id        varchar(36)  not null references goal (id),
    tenant_id      varchar(64)  not null,
    position       integer      not null,
    benchmark      varchar(32)  not null,
    primary key (goal_id, position)
);
