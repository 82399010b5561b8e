-- Quarterly status reports and generated documents.
--
-- A round runs once per plan and quarter: status_round.quarter_key ("<plan id>:<quarter>") is unique for
-- rounds opened from this version on (older rows keep it null), and the round remembers the process
-- instance that owns it, so a retried job goes on with its own round and a second start stops.

alter table status_round add column quarter_key varchar(64);
alter table status_round add column process_instance_id varchar(64);
create unique index status_round_once on status_round (quarter_key);

-- What the round found: every goal's figures and status as computed, kept as assessed (JSON), so the
-- draft and the final report show the same figures even if a source revises them in between.
create table status_report (
    round_id       varchar(36)  primary key references status_round (id),
    tenant_id      varchar(64)  not null,
    plan_id        varchar(36)  not null references plan (id),
    quarter        varchar(6)   not null,
    assessed_at    timestamp with time zone not null,
    content        text         not null,
    finalised_at   timestamp with time zone,
    finalised_by   varchar(128)
);
create index status_report_plan on status_report (plan_id);

-- The planner's commentary per goal ("1.2" = focus area 1, goal 2).
create table goal_commentary (
    round_id       varchar(36)  not null references status_round (id),
    goal_ref       varchar(16)  not null,
    tenant_id      varchar(64)  not null,
    text           varchar(4000) not null,
    written_by     varchar(128) not null,
    written_at     timestamp with time zone not null,
    primary key (round_id, goal_ref)
);

-- Rendered documents: a status report's draft and final version, a plan's FORSLAG and adopted versions,
-- each as PDF, HTML and Word. One row per subject, version and format, never two.
create table plan_document (
    id             varchar(36)  primary key,
    tenant_id      varchar(64)  not null,
    plan_id        varchar(36)  not null references plan (id),
    kind           varchar(16)  not null,
    subject        varchar(64)  not null,
    version        integer      not null,
    label          varchar(64)  not null,
    format         varchar(8)   not null,
    title          varchar(400) not null,
    content        bytea        not null,
    created_at     timestamp with time zone not null,
    constraint plan_document_once unique (plan_id, kind, subject, version, format)
);
