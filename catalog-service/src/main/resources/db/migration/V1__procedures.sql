-- Thủ tục hành chính of one province. Effective-dated versions come with the catalogue issue; the thin
-- slice keeps the current version and counts publications.
create table procedure (
    id                       uuid primary key,
    province_code            char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    code                     varchar(20)  not null,
    name                     varchar(500) not null,
    field                    varchar(200) not null,
    agency                   varchar(50)  not null,
    prescribed_working_days  integer      not null check (prescribed_working_days between 0 and 365),
    status                   varchar(20)  not null,
    version                  integer      not null,
    created_at               timestamptz  not null,
    published_at             timestamptz,
    unique (province_code, code)
);
