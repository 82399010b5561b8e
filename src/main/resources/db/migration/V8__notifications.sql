-- E-mail about tasks (dk.aarshjul.notifications).
--
-- How each person wants their mail: 'immediate' (a mail per task and reminder) or 'daily-digest'. A person
-- without a row gets 'immediate'.
create table notification_setting (
    user_id        varchar(128) primary key,
    delivery       varchar(16)  not null,
    updated_at     timestamp with time zone not null
);

-- What the daily run has sent: a task's reminder once, a person's digest once a day. The key refuses a
-- second row, so two nodes running at once send one mail.
create table notification_sent (
    kind           varchar(16)  not null,
    subject        varchar(200) not null,
    tenant_id      varchar(64)  not null,
    recipient      varchar(128),
    recorded_at    timestamp with time zone not null,
    primary key (kind, subject)
);
create index notification_sent_recipient on notification_sent (recipient, kind);
