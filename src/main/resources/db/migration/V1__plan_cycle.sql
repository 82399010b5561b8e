-- Årshjul's own schema. Portable between H2 (embedded default) and PostgreSQL: standard types only.
-- Every row carries the tenant (municipality) it belongs to; every query filters on it.

create table municipality_onboarding (
    tenant_id      varchar(64)  primary key,
    dst_code       varchar(3)   not null unique,
    onboarded_at   timestamp with time zone not null,
    onboarded_by   varchar(128)
);

create table national_goal_set (
    plan_year      integer      primary key,
    published_at   timestamp with time zone not null,
    published_by   varchar(128) not null
);

create table national_goal (
    plan_year      integer      not null references national_goal_set (plan_year),
    goal_number    integer      not null,
    title          varchar(500) not null,
    primary key (plan_year, goal_number)
);

create table plan (
    id                 varchar(36)  primary key,
    tenant_id          varchar(64)  not null,
    title              varchar(300) not null,
    first_year         integer      not null,
    last_year          integer      not null,
    national_goals_year integer     references national_goal_set (plan_year),
    status             varchar(32)  not null,
    current_version    integer      not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(128),
    adopted_at         timestamp with time zone,
    constraint plan_period_valid check (last_year >= first_year),
    constraint plan_one_per_period unique (tenant_id, first_year)
);

-- every saved draft is a new version; earlier versions stay readable
create table plan_version (
    plan_id        varchar(36)  not null references plan (id),
    version        integer      not null,
    tenant_id      varchar(64)  not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(128),
    primary key (plan_id, version)
);

create table focus_area (
    id             varchar(36)  primary key,
    plan_id        varchar(36)  not null,
    version        integer      not null,
    tenant_id      varchar(64)  not null,
    position       integer      not null,
    title          varchar(200) not null,
    description    varchar(4000),
    foreign key (plan_id, version) references plan_version (plan_id, version)
);

create table focus_area_target_group (
    focus_area_id  varchar(36)  not null references focus_area (id),
    tenant_id      varchar(64)  not null,
    target_group   varchar(64)  not null,
    primary key (focus_area_id, target_group)
);

create table pejlemaerke (
    focus_area_id  varchar(36)  not null references focus_area (id),
    tenant_id      varchar(64)  not null,
    position       integer      not null,
    text           varchar(1000) not null,
    primary key (focus_area_id, position)
);

create table goal (
    id               varchar(36)  primary key,
    focus_area_id    varchar(36)  not null references focus_area (id),
    tenant_id        varchar(64)  not null,
    position         integer      not null,
    text             varchar(1000) not null,
    indicator_code   varchar(64)  not null,
    baseline_value   numeric(14, 4) not null,
    baseline_period  varchar(7)   not null,
    target_value     numeric(14, 4) not null,
    deadline         date         not null,
    national_goal    integer
);

create table consultation (
    id             varchar(36)  primary key,
    plan_id        varchar(36)  not null references plan (id),
    tenant_id      varchar(64)  not null,
    body_code      varchar(64)  not null,
    body_name      varchar(200) not null,
    plan_version   integer      not null,
    deadline       date         not null,
    requested_at   timestamp with time zone not null,
    requested_by   varchar(128),
    outcome        varchar(32)  not null,
    response_text  varchar(8000),
    responded_at   timestamp with time zone,
    responded_by   varchar(128)
);
create index consultation_plan on consultation (plan_id);

create table plan_decision (
    id             varchar(36)  primary key,
    plan_id        varchar(36)  not null references plan (id),
    tenant_id      varchar(64)  not null,
    decided_by_body varchar(32) not null,
    outcome        varchar(32)  not null,
    plan_version   integer      not null,
    remarks        varchar(8000),
    decided_at     timestamp with time zone not null,
    recorded_by    varchar(128)
);
create index plan_decision_plan on plan_decision (plan_id);

create table status_round (
    id             varchar(36)  primary key,
    plan_id        varchar(36)  not null references plan (id),
    tenant_id      varchar(64)  not null,
    quarter        varchar(6)   not null,
    on_demand      boolean      not null,
    status_text    varchar(8000),
    written_at     timestamp with time zone,
    written_by     varchar(128)
);
create index status_round_plan on status_round (plan_id);
