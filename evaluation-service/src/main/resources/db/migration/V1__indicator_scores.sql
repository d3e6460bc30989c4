-- Điểm chỉ số đánh giá of resolved dossiers (Decree 61/2018 Art. 31): one row per dossier and indicator.
-- The thin slice scores indicator 1 (resolution time); the citizen's ratings and scorecards come later.
create table indicator_score (
    id             uuid primary key,
    province_code  char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id     uuid        not null,
    indicator      smallint    not null check (indicator between 1 and 9),
    points         smallint    not null check (points between 0 and 2),
    evaluated_at   timestamptz not null,
    unique (dossier_id, indicator)
);
create index indicator_score_province_dossier on indicator_score (province_code, dossier_id);
