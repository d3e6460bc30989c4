-- The dossier service's copy of each province's working calendar, learnt from catalog.calendars.v1: the latest
-- revision only, as the full snapshot the event carried. Deadlines already computed stay in the action log and
-- never change when a new revision arrives.
create table calendar_replica (
    id             uuid        primary key,
    province_code  char(2)     not null unique check (province_code ~ '^[0-9]{2}$'),
    revision       integer     not null check (revision > 0),
    snapshot       text        not null,
    changed_at     timestamptz not null,
    received_at    timestamptz not null
);
