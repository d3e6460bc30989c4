-- Issue 13 item 8: dossiers imported from a province's previous system. Each keeps the old system's id
-- (sourceId) and a fingerprint of the row it came from, so importing the same file again changes nothing and a
-- different row under the same id is reported as a conflict instead of overwriting history.
create table dossier_import (
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    source_id      varchar(100) not null,
    dossier_id     uuid         not null references dossier (id),
    -- SHA-256 of the row as read (canonical form), never the row itself: it holds the applicant's id number
    fingerprint    char(64)     not null,
    -- citizen or organisation: the intake has no column for it yet, the import keeps what the old system said
    applicant_kind varchar(20)  not null check (applicant_kind in ('CITIZEN', 'ORGANISATION')),
    imported_by    varchar(100) not null,
    imported_at    timestamptz  not null,
    primary key (province_code, source_id)
);
create unique index dossier_import_dossier on dossier_import (dossier_id);
