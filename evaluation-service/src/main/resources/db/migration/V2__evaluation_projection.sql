-- Evaluation (issue 15, Circular 01/2018/TT-VPCP Art. 13-15): a projection of dossier-service's and the
-- catalogue's events, the evaluations and scorecards computed from it, and what was last published.
-- Everything here except published_state is rebuilt from the topics (RebuildableStore.clear()).
drop table indicator_score;

-- One row per dossier: the facts its events told (DossierFacts), lists as JSONB.
create table dossier_projection (
    dossier_id          uuid primary key,
    province_code       char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    dossier_code        text,
    agency              text,
    procedure_code      text,
    procedure_version   integer,
    channel             text,
    rule_set            text,
    imported            boolean     not null default false,
    submitted_at        timestamptz,
    received_at         timestamptz,
    accepted_by         text,
    due_at              timestamptz,
    original_due_at     timestamptz,
    reception_requests  integer     not null default 0,
    supplements         jsonb       not null default '[]',
    extension           jsonb,
    steps               jsonb       not null default '[]',
    resolution          jsonb,
    resolved_at         timestamptz,
    returned_at         timestamptz,
    withdrawn_at        timestamptz,
    closed_at           timestamptz,
    papers              jsonb       not null default '[]',
    payments            jsonb       not null default '[]'
);
create index dossier_projection_code on dossier_projection (province_code, dossier_code);
create index dossier_projection_agency on dossier_projection (province_code, agency);
create index dossier_projection_procedure on dossier_projection (province_code, procedure_code);

-- Every published version of every procedure (catalog.procedures.v1), and abolitions.
create table procedure_version_replica (
    id              uuid primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    procedure_id    uuid        not null,
    code            text        not null,
    version         integer     not null,
    effective_from  date        not null,
    effective_to    date,
    agency_code     text        not null,
    terms           jsonb       not null,
    published_at    timestamptz,
    unique (procedure_id, version)
);
create index procedure_version_replica_code on procedure_version_replica (province_code, code);

create table procedure_abolition_replica (
    procedure_id    uuid primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    code            text        not null,
    effective_from  date        not null
);

-- The latest calendar of each province (catalog.calendars.v1): zone, days off, swapped days, reporting cut-offs.
create table calendar_replica (
    province_code   char(2)     primary key check (province_code ~ '^[0-9]{2}$'),
    revision        integer     not null,
    snapshot        jsonb       not null
);

-- The evaluation of each accepted dossier (pending until resolved), as the policy of its rule set computed it.
create table dossier_evaluation (
    dossier_id      uuid primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    dossier_code    text,
    agency          text,
    unit            text,
    rule_set        text        not null,
    policy          text        not null,
    status          text        not null check (status in ('EVALUATED', 'PENDING')),
    resolved_at     timestamptz,
    resolved_day    date,
    evaluation      jsonb       not null,
    total_points    integer     not null,
    max_points      integer     not null,
    revision        integer     not null,
    evaluated_at    timestamptz not null
);
create index dossier_evaluation_agency_day on dossier_evaluation (province_code, agency, resolved_day);
create index dossier_evaluation_day on dossier_evaluation (province_code, resolved_day);

-- Who handled each evaluated dossier, where: the officer scorecards and a unit lead's jurisdiction read it.
create table evaluation_officer (
    id              uuid primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id      uuid        not null references dossier_evaluation (dossier_id) on delete cascade,
    officer         text        not null,
    role            text        not null,
    agency          text,
    unit            text,
    resolved_day    date
);
create index evaluation_officer_officer on evaluation_officer (province_code, officer, resolved_day);
create index evaluation_officer_dossier on evaluation_officer (dossier_id);

-- The last computed scorecard of each subject and period (id = province:kind:subject:period).
create table scorecard (
    id              text primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    kind            text        not null,
    subject         text        not null,
    period_label    text        not null,
    period_kind     text        not null,
    period_from     date        not null,
    period_to       date        not null,
    total           numeric(5, 1),
    max             numeric(5, 1),
    band            text,
    dossiers        integer     not null,
    scorecard       jsonb       not null,
    computed_at     timestamptz not null
);
create index scorecard_kind_period on scorecard (province_code, kind, period_label);

-- Scorecards to recompute (ScorecardJob), marked in the transaction that changed an evaluation.
create table scorecard_dirty (
    id              text primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    kind            text        not null,
    subject         text        not null,
    period_label    text        not null,
    marked_at       timestamptz not null
);

-- What was last published per aggregate (evaluation:<dossier>, scorecard:<id>): a rebuild keeps it, so an
-- unchanged result is not published again and revisions keep growing.
create table published_state (
    id              text primary key,
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    hash            text        not null,
    revision        integer     not null,
    published_at    timestamptz not null
);
