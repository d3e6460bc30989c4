-- Issue 13, internal process. The dossier service's copy of each agency of the province, its units and its
-- QCVN 102:2016 official code, learnt from catalog.organisation.v1 (AgencyChanged carries the whole agency; a
-- later revision wins), so that a hand-over names a unit that exists and a dossier code names its issuer while
-- the catalogue is down.
create table agency_replica (
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code           varchar(50)  not null,
    official_code  varchar(30)  not null,
    name           varchar(300) not null,
    parent         varchar(50),
    active_from    date         not null,
    active_to      date,
    units          jsonb        not null,   -- [AgencyChanged.Unit] as received
    revision       integer      not null check (revision >= 1),
    changed_at     timestamptz  not null,
    received_at    timestamptz  not null,
    primary key (province_code, code)
);

-- Mã hồ sơ in the legal form <issuer official code>-YYMMDD-NNNN (Circular 01/2018 Art. 19; Decree 118/2025
-- Art. 28 cl. 2): one daily sequence per issuer. The row is locked by the upsert until the reception commits, so
-- concurrent receptions of one issuer and day get consecutive numbers; a rolled-back reception gives its number
-- back, and nothing relies on the sequence having no gaps.
create table dossier_issuer_counter (
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    issuer         varchar(30)  not null,
    day            date         not null,
    last_number    integer      not null check (last_number >= 1),
    primary key (province_code, issuer, day)
);

-- The worklist's questions (GET /api/worklist): an officer's own and the unit's unassigned dossiers, a
-- unit's, an agency's, the desk's not yet handed over; each ordered by a due date or the reception.
create index dossier_worklist_officer on dossier (province_code, current_officer, due_at)
    where status in ('RECEIVED', 'IN_APPRAISAL');
create index dossier_worklist_unit on dossier (province_code, current_agency, current_unit, due_at)
    where status in ('RECEIVED', 'IN_APPRAISAL');
create index dossier_worklist_agency on dossier (province_code, agency, due_at)
    where status in ('RECEIVED', 'IN_APPRAISAL');
create index dossier_worklist_desk on dossier (province_code, received_at)
    where status = 'RECEIVED' and step_number is null;
