-- Issue 12: the public catalogue search. Citizens type Vietnamese without accents and in any case ("cap giay
-- phep x quang" for "Cấp giấy phép ... X-quang"), so names are compared folded: unaccent, then lower case
-- (research/integrations.md §6, tested on PostgreSQL 15 and 17: unaccent.rules folds Đ/đ, ơ, ư and the tone marks).
-- The three extensions are trusted since PostgreSQL 13: the database owner may create them, no superuser needed.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

-- unaccent() is only STABLE (its dictionary could change), and an index expression must be IMMUTABLE; naming
-- the dictionary and the schema explicitly makes the result depend on the argument alone
create function f_unaccent(text) returns text language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The folded name, computed once on write: a search compares each word with it and ranks by it, and computing
-- unaccent() for every candidate row on every search cost several times the search itself (./mot-cua
-- bench-search). A plain column filled by a trigger, not a generated one: V2's frozen-version trigger compares
-- NEW with OLD, and a BEFORE trigger sees a stored generated column of NEW as null, which would refuse the one
-- change V2 allows (closing a version). An UPDATE that leaves the name alone keeps the column as it was.
alter table procedure_version add column name_folded text;

create function procedure_version_fold_name() returns trigger language plpgsql as $$
begin
    new.name_folded := lower(f_unaccent(new.name));
    return new;
end $$;

create trigger procedure_version_fold_name before insert or update of name on procedure_version
    for each row execute function procedure_version_fold_name();

-- the rows written before this migration: filling the new column is not a change of what was published
alter table procedure_version disable trigger procedure_version_frozen;
update procedure_version set name_folded = lower(f_unaccent(name));
alter table procedure_version enable trigger procedure_version_frozen;
alter table procedure_version alter column name_folded set not null;

-- each word of a query is a LIKE '%word%' on the folded name, which this trigram index answers; the province
-- (btree_gin) is in the same index, so a common word ("cap", "giay") costs the rows of the province searched, not
-- those of every province; only published versions are ever searched, so drafts stay out of it
create index procedure_version_name_folded on procedure_version
    using gin (province_code, name_folded gin_trgm_ops) where status = 'PUBLISHED';

-- the filters of the public search, and the decisions a period's catalogue counts list (form II.03b)
create index procedure_version_agency on procedure_version (province_code, agency_code) where status = 'PUBLISHED';
create index procedure_version_field on procedure_version (province_code, field_code) where status = 'PUBLISHED';
create index procedure_version_decision_date on procedure_version (province_code, decision_date)
    where status = 'PUBLISHED';
create index procedure_abolition_decision_date on procedure (province_code, abolition_decision_date)
    where abolished_from is not null;
