-- Form II.06b of a province-quarter over 10,000,000 dossier facts in under 200 ms (issue 16), from the
-- measurements of ./mot-cua bench-report (province 20 holding 10 %, 95,000 dossiers open in the quarter):
--
-- 1. The due date in force at the period's end was one index probe into dossier_due per dossier still open then
--    (12,000 probes, 75 ms hot and 230 ms cold). The fact now carries its latest due row (latest_due_from,
--    latest_due_at; null due = the clock stopped for a supplement): when that row was already in force at the end,
--    it is the one in force then, and only a dossier whose due date changed after the end is looked up
--    (FormQueries06b). The writer keeps the two columns (DossierFacts.latestDue).
-- 2. Reading the 95,000 rows from the heap (23,000 pages: the provinces' rows are interleaved) was 70 to 470 ms.
--    The range index of V4 now carries every column the form reads, so PostgreSQL answers from the index alone
--    (an index-only scan) where the visibility map says a page is all-visible; autovacuum is told to keep it so
--    on this table, whose rows change with each event of a dossier (the default waits for 20 % of 10,000,000).
alter table dossier_fact add column latest_due_from timestamptz;
alter table dossier_fact add column latest_due_at timestamptz;

-- the range index is dropped before the update, which would otherwise insert 10,000,000 entries into it
drop index dossier_fact_open;

update dossier_fact f set latest_due_from = u.valid_from, latest_due_at = u.due_at
from (select distinct on (dossier_id) dossier_id, valid_from, due_at from dossier_due
      order by dossier_id, valid_from desc) u
where f.dossier_id = u.dossier_id;

create index dossier_fact_open on dossier_fact using gist (province_code,
    tstzrange(received_at, case when ended_at < received_at then received_at else ended_at end, '[]'))
    include (agency, field_code, channel, received_at, ended_at, timeliness, latest_due_from, latest_due_at,
        dossier_id);

alter table dossier_fact set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
