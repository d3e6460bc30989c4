-- Platform tables every service has. Versions 0.x belong to platform/commons, 1 and up to the service;
-- services run Flyway with out-of-order on so a later platform version still applies.

-- Transactional outbox: written in the same transaction as the state change it announces.
create table outbox_message (
    id            bigserial primary key,       -- publication order
    event_id      uuid        not null unique,
    topic         varchar(120) not null,
    message_key   varchar(120) not null,
    event_type    varchar(160) not null,
    tenant        char(2)     not null,
    occurred_at   timestamptz not null,
    subject       varchar(120),
    payload       text        not null,
    published_at  timestamptz
);
create index outbox_message_pending on outbox_message (id) where published_at is null;

-- Idempotent inbox: one row per event a consumer has applied, written with its effect.
create table inbox_message (
    consumer      varchar(80) not null,
    event_id      uuid        not null,
    received_at   timestamptz not null default now(),
    primary key (consumer, event_id)
);
