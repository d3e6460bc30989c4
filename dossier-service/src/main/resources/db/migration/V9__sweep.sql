-- The overdue sweep (issue 13 item 6). Each alert is announced once per dossier, kind and appointed date: the
-- sweep inserts the row with "on conflict do nothing" in the transaction that adds the event to the outbox, so a
-- second run, or a second replica sweeping at the same time, finds the row and announces nothing. An apology's
-- new date is another appointed date and may be announced again.
create table dossier_alert (
    dossier_id     uuid        not null references dossier (id),
    province_code  char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    kind           varchar(20) not null check (kind in ('NEARING_DUE', 'OVERDUE')),
    due_at         timestamptz not null,
    detected_at    timestamptz not null,
    primary key (dossier_id, kind, due_at)
);

-- What the sweep reads on each run: the dossiers whose clock runs, by appointed date
create index dossier_clock_runs on dossier (province_code, due_at) where status in ('RECEIVED', 'IN_APPRAISAL');
-- and those waiting for papers, which close when these do not come
create index dossier_waiting_for_papers on dossier (province_code)
    where status in ('SUPPLEMENT_REQUESTED', 'PAPERS_REQUESTED');
