-- Target groups, consultation bodies and the versions of the annual cycle as the law dates them
-- (seeded from src/main/resources/reference/*.csv, kept by the operator through /api/reference).
create table reference_entry (
    kind                varchar(40)  not null,
    code                varchar(100) not null,
    valid_from          date         not null,
    valid_to            date,
    danish_name         varchar(200) not null,
    legal_basis         varchar(500),
    national_goals_step boolean      not null default false,
    -- the order people see them in: the seed file's, then the operator's additions
    position            int          not null,
    changed_by          varchar(100) not null,
    changed_at          timestamp    not null,
    constraint reference_entry_pk primary key (kind, code, valid_from)
);

-- The version of the annual cycle a plan ran on, and whether it was its municipality's own variant: kept
-- with the plan after the engine's history is cleaned up.
alter table plan add column cycle_version varchar(40);
alter table plan add column cycle_variant boolean not null default false;
