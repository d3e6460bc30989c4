-- Issue 13: the dossier lifecycle. Submission and acceptance are separate facts (Decree 118/2025 Art. 17 cl. 2-3):
-- an online dossier has no code, no acceptance and no appointed date until an officer accepts it.
alter table dossier alter column code drop not null;
alter table dossier alter column received_at drop not null;
alter table dossier alter column due_at drop not null;
alter table dossier alter column applicant_name drop not null;

alter table dossier
    add column submitted_at           timestamptz,
    add column original_due_at        timestamptz,
    -- the case variant's time limit, kept at acceptance: a supplement restarts it without asking the replica
    add column time_limit_value       integer check (time_limit_value >= 0),
    add column time_limit_unit        varchar(20) check (time_limit_unit in ('WORKING_DAYS', 'WORKING_HOURS')),
    add column supplement_requests    integer not null default 0,
    add column supplement_requested_at timestamptz,
    add column supplement_seconds     bigint  not null default 0,
    add column extended               boolean not null default false,
    add column step_number            integer,
    add column current_agency         varchar(50),
    add column current_unit           varchar(50),
    add column current_officer        varchar(100),
    add column step_due_at            timestamptz,
    add column outcome                varchar(10) check (outcome in ('APPROVED', 'REFUSED')),
    add column returned_at            timestamptz,
    add column return_method          varchar(10) check (return_method in ('DESK', 'POST', 'ONLINE')),
    add column ended_at               timestamptz,
    -- SHA-256 of the receipt's lookup secret (public status lookup by code and secret); never the secret itself
    add column lookup_secret_hash     char(64),
    add column imported               boolean not null default false;

update dossier set submitted_at = received_at, original_due_at = due_at;
alter table dossier alter column submitted_at set not null;
alter table dossier add constraint dossier_status_known check (status in ('SUBMITTED', 'PAPERS_REQUESTED', 'REFUSED',
    'RECEIVED', 'IN_APPRAISAL', 'SUPPLEMENT_REQUESTED', 'RESOLVED', 'RETURNED', 'WITHDRAWN', 'CLOSED'));
-- an accepted dossier has its code, acceptance and appointed date
alter table dossier add constraint dossier_accepted_is_dated check (
    status in ('SUBMITTED', 'PAPERS_REQUESTED', 'REFUSED', 'WITHDRAWN', 'CLOSED')
    or (code is not null and received_at is not null and due_at is not null));

-- What each action says beyond who, what and when (reason, step, apology, result, return, payment), as JSON
-- whose shape the action fixes. Before acceptance an entry has no appointed date.
alter table dossier_action add column facts jsonb not null default '{}'::jsonb;
alter table dossier_action alter column due_after drop not null;
-- Resolutions logged before facts existed were approvals without a result reference. The log is append-only; the
-- migration fills the new column once, with the trigger held for this statement only.
alter table dossier_action disable trigger dossier_action_append_only;
update dossier_action set facts = '{"outcome": "APPROVED", "electronicResult": false, "resultDigitised": false}'::jsonb
where action = 'RESOLVE';
alter table dossier_action enable trigger dossier_action_append_only;
update dossier set outcome = 'APPROVED' where status = 'RESOLVED';
