-- The day a province cuts its reporting periods on (thời gian chốt số liệu), with its history (issue 15): from
-- valid_from on, a quarter runs from that day of the month before it to the day before it in its last month.
-- A province without a row cuts on the national day, the 15th (Decree 09/2019/NĐ-CP Art. 12). An entry takes
-- effect from a future date; entries in force are history and stay (reports already made stand on them).
create table reporting_cutoff (
    id             uuid        primary key,
    province_code  char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    valid_from     date        not null,
    day            smallint    not null check (day between 1 and 28),
    created_at     timestamptz not null,
    unique (province_code, valid_from)
);

-- The two demo provinces as their own reports cut (work/shared seeds, real documents of the Sở KH&CN):
-- Lạng Sơn's Q2 2022 report covers 15/3/2022 - 14/6/2022 (seed 000), the national day; Cao Bằng's Q1 2023
-- report covers 05/12/2022 - 04/3/2023 (seed 002). From when each day applies is not stated: from the first day
-- the calendars cover (2022-01-01) [verify against the provinces' decisions on their reporting regime].
insert into reporting_cutoff (id, province_code, valid_from, day, created_at) values
    ('6f1d8a52-2b1e-4c55-9a8e-15a0c0de0020', '20', '2022-01-01', 15, '2026-01-01T00:00:00Z'),
    ('6f1d8a52-2b1e-4c55-9a8e-15a0c0de0004', '04', '2022-01-01', 5, '2026-01-01T00:00:00Z');
