-- What people tell evaluation-service and no dossier event can (service/CitizenSignals): the applicant's rating
-- (Decree 118/2025 Art. 33 cl. 1), complaints and petitions (phản ánh, kiến nghị: Circular 01/2018/TT-VPCP Art. 13
-- indicators 7 and 8, Decision 766 indicator 5.1) and the items an agency enters by hand. evaluation-service's own
-- records, not a projection: a rebuild from the topics keeps them.

-- One rating per dossier, ever; the comment stays here (RatingSubmitted only says there is one).
create table rating (
    dossier_id     uuid primary key,
    province_code  char(2)       not null check (province_code ~ '^[0-9]{2}$'),
    dossier_code   varchar(40)   not null,
    agency         varchar(50)   not null,
    contents       jsonb         not null,
    comment        varchar(1000),
    channel        varchar(20)   not null,
    rated_by       varchar(100)  not null,
    rated_at       timestamptz   not null,
    -- SHA-256 of the ticket that rated: the same ticket, contents and comment again is a portal's retry
    ticket_hash    char(64)      not null
);
create index rating_province_rated on rating (province_code, rated_at);

create table feedback (
    id               uuid primary key,
    province_code    char(2)       not null check (province_code ~ '^[0-9]{2}$'),
    agency           varchar(50)   not null,
    unit             varchar(50),
    dossier_id       uuid,
    dossier_code     varchar(40),
    officer          varchar(100),
    kind             varchar(10)   not null check (kind in ('COMPLAINT', 'PETITION')),
    conduct          boolean       not null,
    summary          varchar(2000) not null,
    received_at      timestamptz   not null,
    due_at           timestamptz   not null,
    handled_at       timestamptz,
    finding          varchar(10)   not null check (finding in ('PENDING', 'FOUNDED', 'UNFOUNDED')),
    handling_note    varchar(2000),
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null,
    handled_by       varchar(100),
    idempotency_key  varchar(100),
    request_hash     char(64),
    constraint feedback_idempotency unique (province_code, recorded_by, idempotency_key),
    check ((handled_at is null) = (finding = 'PENDING'))
);
create index feedback_province_agency on feedback (province_code, agency, received_at);
create index feedback_dossier on feedback (province_code, dossier_id);

-- Append-only: the latest row of an item for an agency and period is what counts; the others are its history.
create table manual_assessment (
    id             uuid primary key,
    province_code  char(2)       not null check (province_code ~ '^[0-9]{2}$'),
    agency         varchar(50)   not null,
    period_label   varchar(10)   not null,
    item           varchar(30)   not null,
    points         numeric(4, 1),
    note           varchar(2000) not null,
    entered_by     varchar(100)  not null,
    entered_at     timestamptz   not null
);
create index manual_assessment_agency_period on manual_assessment (province_code, agency, period_label, entered_at);
