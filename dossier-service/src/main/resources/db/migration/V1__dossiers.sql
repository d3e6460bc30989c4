create table procedure_replica (
    id                       uuid primary key,
    province_code            char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code                     varchar(20)  not null,
    name                     varchar(500) not null,
    agency                   varchar(50)  not null,
    prescribed_working_days  integer      not null,
    version                  integer      not null,
    published_at             timestamptz  not null,
    unique (province_code, code)
);

create sequence dossier_number;

create table dossier (
    id                   uuid primary key,
    province_code        char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code                 varchar(40)  not null unique,
    procedure_code       varchar(20)  not null,
    agency               varchar(50)  not null,
    channel              varchar(40)  not null,
    applicant_name       varchar(200) not null,
    applicant_id_number  varchar(20),
    applicant_phone      varchar(20),
    status               varchar(20)  not null,
    received_at          timestamptz  not null,
    due_at               timestamptz  not null,
    resolved_at          timestamptz,
    timeliness           varchar(10),
    submitted_by         varchar(100) not null,
    idempotency_key      varchar(100),
    request_hash         char(64),
    revision             bigint       not null,
    constraint dossier_idempotency unique (province_code, submitted_by, idempotency_key)
);
create index dossier_status on dossier (province_code, status);
