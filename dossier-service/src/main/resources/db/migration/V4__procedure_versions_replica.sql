-- Issue 12: the dossier service keeps every version of every procedure and its abolition, as the catalogue
-- announced them, so that a dossier is pinned to the version in force on its reception day while the catalogue
-- is down. A version never changes once published: a copy arriving late or twice is ignored.
create table procedure_version_replica (
    id              uuid         primary key,
    procedure_id    uuid         not null,
    province_code   char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code            varchar(20)  not null,
    version         integer      not null check (version >= 1),
    effective_from  date         not null,
    effective_to    date,
    name            varchar(500) not null,
    agency_code     varchar(50)  not null,
    terms           jsonb        not null,   -- ProcedureTerms as published (vn.motcua.events)
    published_at    timestamptz  not null,
    unique (procedure_id, version),
    check (effective_to is null or effective_to > effective_from)
);
create index procedure_version_replica_by_code on procedure_version_replica (province_code, code, effective_from);

create table procedure_abolition_replica (
    procedure_id               uuid         primary key,
    province_code              char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code                       varchar(20)  not null,
    last_version               integer      not null,
    effective_from             date         not null,
    decision_number            varchar(60)  not null,
    decision_date              date         not null,
    decision_issuer            varchar(300) not null,
    abolished_at               timestamptz  not null
);
create index procedure_abolition_replica_by_code on procedure_abolition_replica (province_code, code);

-- the thin slice's replica (one number of days per procedure) becomes version 1, as the catalogue's own V2 made it:
-- one case "CHUNG", in force from its publication day in Vietnam
insert into procedure_version_replica (id, procedure_id, province_code, code, version, effective_from, name,
        agency_code, terms, published_at)
select gen_random_uuid(), id, province_code, code, version, (published_at at time zone 'Asia/Ho_Chi_Minh')::date,
       name, agency,
       jsonb_build_object('version', version,
           'effectiveFrom', (published_at at time zone 'Asia/Ho_Chi_Minh')::date, 'effectiveTo', null,
           'localCode', null, 'name', name, 'fieldCode', 'không rõ (trước phiên bản)', 'agencyCode', agency,
           'issuingLevel', 'CENTRAL', 'mechanism', 'ONE_STOP', 'cooperatingAgencies', '[]'::jsonb,
           'onlineMode', 'NONE', 'postalReceipt', false, 'postalReturn', false, 'fourOnTheSpot', false,
           'fees', '[]'::jsonb, 'requiredPapers', '[]'::jsonb,
           'caseVariants', jsonb_build_array(jsonb_build_object('code', 'CHUNG', 'name', 'Chung',
               'timeLimit', jsonb_build_object('value', prescribed_working_days, 'unit', 'WORKING_DAYS'))),
           'steps', '[]'::jsonb,
           'decision', jsonb_build_object('number', 'không rõ (trước phiên bản)',
               'date', (published_at at time zone 'Asia/Ho_Chi_Minh')::date, 'issuer', 'không rõ (trước phiên bản)')),
       published_at
from procedure_replica;

-- the version and case each dossier was received under; dossiers of the thin slice: version 1, case CHUNG
alter table dossier
    add column procedure_version  integer check (procedure_version >= 1),
    add column case_variant       varchar(30);
update dossier d set procedure_version = r.version, case_variant = 'CHUNG'
from procedure_replica r where r.province_code = d.province_code and r.code = d.procedure_code;

drop table procedure_replica;
