-- The yearly start (docs/adr/0020-yearly-start-and-carry-over.md): each onboarded municipality's day for starting
-- the cycle of the coming plan year, and whether a multi-year plan gets a yearly revision. No row: 1 June, no
-- revision. Two starts of one municipality and year are stopped by plan_one_per_period (tenant_id, first_year).
create table yearly_start_setting (
    tenant_id            varchar(64)  primary key,
    start_month          integer      not null,
    start_day            integer      not null,
    revise_multi_year    boolean      not null,
    changed_by           varchar(128) not null,
    changed_at           timestamp with time zone not null,
    constraint yearly_start_day_valid check (start_month between 1 and 9 and start_day between 1 and 31)
);

-- A new plan's first version copied from the plan in force (which plan, which version), and the multi-year plan a
-- yearly revision revises.
alter table plan add column carried_over_from varchar(36) references plan (id);
alter table plan add column carried_over_version integer;
alter table plan add column revision_of varchar(36) references plan (id);
create index plan_covering on plan (tenant_id, first_year, last_year);
