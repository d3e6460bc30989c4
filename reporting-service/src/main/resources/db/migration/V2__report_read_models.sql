-- Read models of the periodic reports, kept from events only (dossier.events, catalog.*, evaluation.*), never from
-- another service's database; all of them are rebuilt by replaying the topics (./mot-cua rebuild reporting).
-- After this migration on a running deployment, run that rebuild once: the V1 fact rows are replaced.
--
-- Times are instants (timestamptz); a report period is [first day 00:00, day after its last day 00:00) in the
-- province's zone (Asia/Ho_Chi_Minh). Every row carries its province; native queries name it themselves.

drop table dossier_fact;

-- One row per accepted dossier (a dossier is counted from its acceptance, DossierReceived; a submission never
-- accepted is not a dossier of the reports).
create table dossier_fact (
    dossier_id          uuid primary key,
    province_code       char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    dossier_code        varchar(60),
    procedure_code      varchar(60)  not null,
    procedure_version   integer,
    case_variant        varchar(60),
    -- the field (lĩnh vực) of the procedure version the dossier was received under; null until the catalogue
    -- replica knows it (filled in when the version arrives, whatever the order of the topics)
    field_code          varchar(60),
    agency              varchar(60)  not null,
    unit                varchar(60),
    channel             varchar(30)  not null,
    rule_set            varchar(30),
    imported            boolean      not null default false,
    submitted_at        timestamptz,
    received_at         timestamptz  not null,
    -- the due date in force now; its history, for the reports of past periods, is dossier_due
    due_at              timestamptz  not null,
    original_due_at     timestamptz,
    supplement_requests integer      not null default 0,
    supplement_seconds  bigint       not null default 0,
    extended            boolean      not null default false,
    resolved_at         timestamptz,
    outcome             varchar(20),
    timeliness          varchar(10)  check (timeliness in ('EARLY', 'ON_TIME', 'LATE')),
    electronic_result   boolean,
    result_digitised    boolean,
    returned_at         timestamptz,
    return_method       varchar(20),
    withdrawn_at        timestamptz,
    closed_at           timestamptz,
    -- the first of resolution, withdrawal and closing: the dossier is open on [received_at, ended_at)
    ended_at            timestamptz generated always as (coalesce(resolved_at, withdrawn_at, closed_at)) stored,
    papers_recorded     integer      not null default 0,
    papers_digitised    integer      not null default 0,
    papers_reused       integer      not null default 0,
    -- when the last event of this dossier was applied (freshness)
    updated_at          timestamptz  not null,
    check ((resolved_at is null) = (timeliness is null))
);
create index dossier_fact_received on dossier_fact (province_code, received_at);
create index dossier_fact_resolved on dossier_fact (province_code, resolved_at) where resolved_at is not null;
create index dossier_fact_ended on dossier_fact (province_code, ended_at);
create index dossier_fact_procedure on dossier_fact (province_code, procedure_code, procedure_version);

-- The due date of a dossier over time: from valid_from on, due_at is the legal due date; null while the clock is
-- stopped (waiting for the applicant's supplement: Decree 61/2018 Art. 15 as amended, the time restarts from zero).
-- Rows: reception (receivedAt, dueAt), supplement requested (requestedAt, null), supplemented (completedAt,
-- dueAfter), extended / apology (extendedAt, dueAfter).
create table dossier_due (
    dossier_id    uuid        not null,
    province_code char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    valid_from    timestamptz not null,
    due_at        timestamptz,
    primary key (dossier_id, valid_from)
);

-- Each payment recorded for a dossier (DossierPaymentRecorded): the online-payment rates count payments by paid_at.
create table payment_fact (
    province_code     char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id        uuid         not null,
    receipt_reference varchar(120) not null,
    agency            varchar(60)  not null,
    procedure_code    varchar(60),
    amount            bigint       not null,
    online            boolean      not null,
    paid_at           timestamptz  not null,
    primary key (province_code, dossier_id, receipt_reference)
);
create index payment_fact_paid on payment_fact (province_code, paid_at);

-- A citizen's rating of a dossier (RatingSubmitted, once per dossier); satisfied = no content scored 0
-- (không hài lòng), as evaluation's Decision 766 5.3 counts it.
create table rating_fact (
    province_code char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id    uuid        not null,
    agency        varchar(60) not null,
    rated_at      timestamptz not null,
    satisfied     boolean     not null,
    primary key (province_code, dossier_id)
);
create index rating_fact_rated on rating_fact (province_code, rated_at);

-- Every published version of a procedure (catalog.procedures: ProcedurePublished, ProcedureAmended), as its
-- terms say; the catalogue of a day is, per procedure, the latest version in force on that day.
create table procedure_version_fact (
    province_code      char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    procedure_id       uuid        not null,
    code               varchar(60) not null,
    version            integer     not null,
    name               text        not null,
    field_code         varchar(60) not null,
    agency             varchar(60) not null,
    issuing_level      varchar(20) not null,
    mechanism          varchar(20) not null,
    online_mode        varchar(20) not null,
    postal_receipt     boolean     not null,
    postal_return      boolean     not null,
    four_on_the_spot   boolean     not null,
    fee_bearing        boolean     not null,
    effective_from     date        not null,
    effective_to       date,
    decision_number    text,
    decision_date      date,
    published_at       timestamptz not null,
    primary key (province_code, procedure_id, version)
);
create index procedure_version_fact_code on procedure_version_fact (province_code, code, version);

-- An abolition (ProcedureAbolished): the procedure is out of the catalogue from effective_from on.
create table procedure_abolition_fact (
    province_code   char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    procedure_id    uuid        not null,
    code            varchar(60) not null,
    effective_from  date        not null,
    decision_number text,
    decision_date   date,
    primary key (province_code, procedure_id)
);

-- Agencies with their names and fields (catalog.organisation: AgencyChanged), the latest revision.
create table agency_fact (
    province_code char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    code          varchar(60) not null,
    name          text        not null,
    revision      integer     not null,
    fields        jsonb       not null default '[]',
    primary key (province_code, code)
);

-- Field (lĩnh vực) names, from the agencies' fields.
create table field_fact (
    province_code char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    code          varchar(60) not null,
    name          text        not null,
    primary key (province_code, code)
);

-- The province's reporting cut-off day with its history (catalog.calendars: CalendarChanged.reportingCutoffs);
-- no row: the national rule, the 15th (Decree 09/2019/NĐ-CP Art. 12).
create table reporting_cutoff_fact (
    province_code char(2) not null check (province_code ~ '^[0-9]{2}$'),
    valid_from    date    not null,
    day           integer not null check (day between 1 and 28),
    primary key (province_code, valid_from)
);

-- The latest revision of each published scorecard (evaluation.scorecards: ScorecardChanged), whole, as JSON.
create table scorecard_fact (
    province_code char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    subject_kind  varchar(20)  not null,
    subject       varchar(120) not null,
    period_label  varchar(40)  not null,
    revision      integer      not null,
    total         numeric(5, 1),
    max           numeric(5, 1),
    band          varchar(20),
    dossiers      integer      not null,
    body          jsonb        not null,
    primary key (province_code, subject_kind, subject, period_label)
);

-- Plan targets (chỉ tiêu kế hoạch) of a province for a year, entered by its admin; each change is a new row, the
-- latest per (province, year, kpi) is in force, the earlier ones are its history.
create table plan_target (
    id              uuid primary key,
    province_code   char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    year            integer      not null check (year between 2000 and 2100),
    kpi             varchar(60)  not null,
    percent         numeric(5, 1) not null check (percent between 0 and 100),
    source          text,
    entered_by      varchar(120) not null,
    entered_at      timestamptz  not null
);
create index plan_target_year on plan_target (province_code, year, kpi, entered_at desc);

-- A correction of one figure of a form by an official, with the reason; the computed figure is never
-- overwritten: the form shows computed, corrected and the difference. The latest per cell is in force.
create table report_correction (
    id              uuid primary key,
    province_code   char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    form            varchar(20)  not null,
    period_label    varchar(40)  not null,
    agency          varchar(60)  not null default '',
    row_key         varchar(120) not null,
    column_key      varchar(60)  not null,
    corrected       numeric(14, 1) not null,
    reason          text         not null,
    entered_by      varchar(120) not null,
    entered_at      timestamptz  not null
);
create index report_correction_form on report_correction (province_code, form, period_label, agency, entered_at);
