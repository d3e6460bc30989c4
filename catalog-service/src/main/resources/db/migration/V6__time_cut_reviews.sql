-- Issue 12, item 4: time-cut reviews (cắt giảm thời hạn giải quyết). Only the inputs are stored: days cut and the
-- share cut are always computed from them (TimeCut), never typed in.
create table time_cut_review (
    id                 uuid primary key,
    province_code      char(2)       not null check (province_code ~ '^[0-9]{2}$'),
    decision_number    varchar(60)   not null,
    decision_date      date          not null,
    decision_issuer    varchar(300)  not null,
    created_by         varchar(100)  not null,
    created_at         timestamptz   not null,
    unique (province_code, decision_number)
);

create table time_cut_item (
    review_id       uuid         not null references time_cut_review (id),
    line            integer      not null check (line >= 0),
    procedure_code  varchar(20)  not null,
    days_before     integer      not null check (days_before between 0 and 365),
    days_after      integer      not null check (days_after between 0 and 365 and days_after <= days_before),
    primary key (review_id, line)
);
