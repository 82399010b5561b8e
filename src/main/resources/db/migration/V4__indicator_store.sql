-- Official figures (Jobindsats, Statistics Denmark, counted by staff). Public statistics, shared by all
-- tenants: no tenant column. One current value per indicator, area and period; a revised figure moves the
-- earlier one to indicator_value_revision. Every value points to the raw response it came from.

create table indicator_raw_response (
    id             varchar(36)  primary key,
    source         varchar(32)  not null,
    request        varchar(2000) not null,
    body           text         not null,
    retrieved_at   timestamp with time zone not null
);

create table indicator_value (
    indicator_code varchar(64)  not null,
    area_type      varchar(16)  not null,
    area_code      varchar(3)   not null,
    period         varchar(8)   not null,
    figure         numeric(18, 4),
    source         varchar(32)  not null,
    retrieved_at   timestamp with time zone not null,
    raw_response_id varchar(36) not null references indicator_raw_response (id),
    primary key (indicator_code, area_type, area_code, period)
);

create table indicator_value_revision (
    indicator_code varchar(64)  not null,
    area_type      varchar(16)  not null,
    area_code      varchar(3)   not null,
    period         varchar(8)   not null,
    figure         numeric(18, 4),
    retrieved_at   timestamp with time zone not null,
    replaced_at    timestamp with time zone not null,
    raw_response_id varchar(36) not null references indicator_raw_response (id)
);
create index indicator_value_revision_key on indicator_value_revision (indicator_code, area_type, area_code, period);
