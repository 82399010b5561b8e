-- Images a plan's documents show, stored once per subject (a status round's charts, for its draft and its
-- final report alike) and named in the stored HTML pages by "attached:" addresses; a page gets them as data
-- URIs when it is fetched. Before, each page was stored with its charts as base64 beside the charts of
-- status_report_chart: three copies of the charts per round. Pages stored before keep their data URIs.
create table plan_document_image (
    plan_id        varchar(36)  not null references plan (id),
    kind           varchar(16)  not null,
    subject        varchar(64)  not null,
    name           varchar(64)  not null,
    tenant_id      varchar(64)  not null,
    content        bytea        not null,
    primary key (plan_id, kind, subject, name)
);

insert into plan_document_image (plan_id, kind, subject, name, tenant_id, content)
select r.plan_id, 'STATUS_REPORT', c.round_id, c.goal_ref, c.tenant_id, c.png
from status_report_chart c join status_round r on r.id = c.round_id;

drop table status_report_chart;

-- the size a page is fetched with (its images inlined); null for documents stored before, whose own size it is
alter table plan_document add column size integer;
