-- Issue 13: the applicant is a citizen (personal identification number) or an organisation (tax code), with the
-- contacts the receipt and the result need. Dossiers filed before say nothing of their kind: a person.
alter table dossier
    add column applicant_kind    varchar(12) not null default 'CITIZEN'
        check (applicant_kind in ('CITIZEN', 'ORGANISATION')),
    add column applicant_email   varchar(200),
    add column applicant_address varchar(500);

-- A portal that retries an action (papers added, supplement sent, withdrawal) sends the same Idempotency-Key:
-- the key is kept with the entry it made, once per dossier, so the retry finds it and appends nothing.
alter table dossier_action add column idempotency_key varchar(100);
alter table dossier_action add constraint dossier_action_idempotency unique (dossier_id, idempotency_key);
