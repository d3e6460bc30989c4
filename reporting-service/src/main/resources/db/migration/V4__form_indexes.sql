-- Indexes of the forms' queries (FormQueries*), chosen from the bench-report measurements (./mot-cua bench-report).
--
-- Form II.06b counts every dossier open at some instant of the period [start, end): received before end and not
-- ended before start. A btree on received_at finds "received before end" = every older dossier of the province;
-- one on ended_at finds "ended after start" = every younger one: for a quarter in the middle of a long history
-- both read most of the province. A GiST index over the interval each dossier was open finds exactly the
-- overlapping ones (btree_gist lets it lead with the province). The interval is closed: a dossier ended at the
-- instant the period starts was open at it (carried over, then resolved in the period). A dossier whose end came
-- before its acceptance (bad data) is taken as ended at its acceptance, so the expression never fails.
create extension if not exists btree_gist;

create index dossier_fact_open on dossier_fact using gist (province_code,
    tstzrange(received_at, case when ended_at < received_at then received_at else ended_at end, '[]'));
