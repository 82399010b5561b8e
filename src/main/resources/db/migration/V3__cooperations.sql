-- Municipalities that plan together (Ishøj and Vallensbæk as Jobcenter Vallensbæk): a tenant of its own
-- whose plans every member municipality sees, and which each member's committee and council adopt.
create table cooperation (
    tenant_id      varchar(64)  primary key,
    name           varchar(300) not null,
    onboarded_at   timestamp with time zone not null,
    onboarded_by   varchar(128)
);

create table cooperation_member (
    cooperation_id varchar(64)  not null references cooperation (tenant_id),
    municipality   varchar(64)  not null references municipality_onboarding (tenant_id),
    primary key (cooperation_id, municipality)
);

-- which municipality's committee or council decided (the plan's tenant may be a cooperation)
alter table plan_decision add column municipality varchar(64);
update plan_decision set municipality = tenant_id;
alter table plan_decision alter column municipality set not null;
