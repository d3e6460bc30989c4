-- Issue 12: the public catalogue search. Citizens type Vietnamese without accents and in any case ("cap giay
-- phep x quang" for "Cấp giấy phép ... X-quang"), so names are compared folded: unaccent, then lower case
-- (research/integrations.md §6, tested on PostgreSQL 15 and 17: unaccent.rules folds Đ/đ, ơ, ư and the tone marks).
-- Both extensions are trusted since PostgreSQL 13: the database owner may create them, no superuser needed.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), and an index expression must be IMMUTABLE; naming
-- the dictionary and the schema explicitly makes the result depend on the argument alone
create function f_unaccent(text) returns text language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- each word of a query is a LIKE '%word%' on the folded name, which this trigram index answers; only published
-- versions are ever searched, so drafts stay out of it
create index procedure_version_name_folded on procedure_version
    using gin (lower(f_unaccent(name)) gin_trgm_ops) where status = 'PUBLISHED';

-- the filters of the public search, and the decisions a period's catalogue counts list (form II.03b)
create index procedure_version_agency on procedure_version (province_code, agency_code) where status = 'PUBLISHED';
create index procedure_version_field on procedure_version (province_code, field_code) where status = 'PUBLISHED';
create index procedure_version_decision_date on procedure_version (province_code, decision_date)
    where status = 'PUBLISHED';
create index procedure_abolition_decision_date on procedure (province_code, abolition_decision_date)
    where abolished_from is not null;
