-- A rebuild replays every event into empty read models (issue 17: at least half the rate of a raw consumer of
-- the same topics). Each event of a dossier writes a new version of its dossier_fact row, and each version went
-- into the table's six secondary indexes, the range index with its nine included columns most of all: the cost
-- grew with the table. The rebuild now drops those indexes when it empties the read models and creates them once
-- over the finished rows (repository/RebuildIndexes). Their definitions are kept here meanwhile, in the
-- transaction that drops them, so that a rebuild that fails or a service that dies midway puts them back (at the
-- failure, at the next start or at the next rebuild's end) instead of losing them.
create table rebuild_parked_index (
    index_name varchar(63) primary key,
    definition text        not null
);
