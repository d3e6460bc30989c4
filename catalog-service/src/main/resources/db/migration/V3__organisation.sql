-- The organisation register of each province (issue 12, item 1): agencies (cơ quan: a Sở, its Chi cục), their
-- units (đơn vị: phòng, the one-stop desk) and the fields (lĩnh vực) each agency handles. Shapes repeat the
-- domain rules (OfficialUnitCode, PlatformCode, FieldCode) as the last line of defence.
create table agency (
    id             uuid primary key,
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code           varchar(50)  not null check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    official_code  varchar(13)     not null check (official_code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
    name           varchar(300) not null,
    parent_id      uuid references agency (id),
    active_from    date         not null,
    active_to      date check (active_to is null or active_to >= active_from),
    revision       integer      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    unique (province_code, code),
    unique (province_code, official_code),
    check (parent_id is null or parent_id <> id)
);
create index agency_parent on agency (parent_id);

create table org_unit (
    id             uuid primary key,
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    agency_id      uuid         not null references agency (id),
    code           varchar(50)  not null check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    official_code  varchar(13) check (official_code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
    name           varchar(300) not null,
    kind           varchar(30)  not null check (kind in ('ONE_STOP_DESK', 'PROFESSIONAL_UNIT', 'LEADERSHIP')),
    unique (agency_id, code)
);

create table field (
    id             uuid primary key,
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code           varchar(14)  not null check (code ~ '^[A-Z][0-9]{2}-[A-Za-z0-9]{1,10}$'),
    name           varchar(300) not null,
    agency_id      uuid         not null references agency (id),
    unique (province_code, code)
);
create index field_agency on field (agency_id);
