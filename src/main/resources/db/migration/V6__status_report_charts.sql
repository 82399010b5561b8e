-- A status report's charts, drawn once when the draft is made and used again for the final report, so
-- both show the same figures and a round does not draw (and PNG-encode) every chart twice.
create table status_report_chart (
    round_id       varchar(36)  not null references status_report (round_id),
    goal_ref       varchar(16)  not null,
    tenant_id      varchar(64)  not null,
    png            bytea        not null,
    primary key (round_id, goal_ref)
);
