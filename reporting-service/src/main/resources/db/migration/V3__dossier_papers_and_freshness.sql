-- The papers of a dossier, one row per paper code as last recorded (DossierPapersRecorded: a paper recorded again
-- replaces the earlier record), so that dossier_fact's papers_recorded / papers_digitised / papers_reused are
-- counted from them, whatever the number of events and redeliveries. Papers may be recorded before acceptance:
-- the counts are filled in when the dossier's DossierReceived arrives.
create table dossier_paper_fact (
    dossier_id    uuid        not null,
    province_code char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    code          varchar(120) not null,
    digitised     boolean     not null,
    reused        boolean     not null,
    primary key (dossier_id, code)
);

-- Freshness (GET /api/reports/freshness): the time of the newest applied dossier event is max(updated_at).
create index dossier_fact_updated on dossier_fact (updated_at);
