-- Read model: one fact row per dossier, upserted from dossier.events; the periodic reports count these rows.
create table dossier_fact (
    dossier_id      uuid primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    procedure_code  varchar(20) not null,
    agency          varchar(50) not null,
    channel         varchar(30) not null,
    received_at     timestamptz not null,
    due_at          timestamptz not null,
    resolved_at     timestamptz,
    timeliness      varchar(10),
    check ((resolved_at is null) = (timeliness is null))
);
create index dossier_fact_received on dossier_fact (province_code, received_at);
create index dossier_fact_resolved on dossier_fact (province_code, resolved_at);
