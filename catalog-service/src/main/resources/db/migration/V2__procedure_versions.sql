-- Issue 12: effective-dated versions of a procedure (thủ tục hành chính).
-- The procedure row is the identity (the national TTHC code within a province) and its abolition; each version
-- holds what one decision published. A published version never changes (a trigger enforces it), except that
-- it is closed once, when a later version or an abolition takes effect; the published versions of one procedure
-- never overlap (an exclusion constraint enforces it, whatever the application does).
create extension if not exists btree_gist;

alter table procedure
    add column abolished_from              date,
    add column abolition_decision_number   varchar(60),
    add column abolition_decision_date     date,
    add column abolition_decision_issuer   varchar(300),
    add constraint procedure_abolition_complete check (
        (abolished_from is null and abolition_decision_number is null and abolition_decision_date is null
             and abolition_decision_issuer is null)
        or (abolished_from is not null and abolition_decision_number is not null
             and abolition_decision_date is not null and abolition_decision_issuer is not null));

create table procedure_version (
    id                    uuid primary key,
    procedure_id          uuid          not null references procedure (id),
    province_code         char(2)       not null check (province_code ~ '^[0-9]{2}$'),
    version               integer       not null check (version >= 1),
    status                varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED')),
    local_code            varchar(60),
    name                  varchar(500)  not null,
    field_code            varchar(40)   not null,
    agency_code           varchar(50)   not null,
    issuing_level         varchar(10)   not null check (issuing_level in ('CENTRAL', 'LOCAL')),
    mechanism             varchar(20)   not null check (mechanism in ('ONE_STOP', 'INTER_CONNECTED')),
    cooperating_agencies  jsonb         not null default '[]',
    online_mode           varchar(10)   not null
        check (online_mode in ('NONE', 'LEVEL_2', 'LEVEL_3', 'LEVEL_4', 'PARTIAL', 'FULL')),
    postal_receipt        boolean       not null,
    postal_return         boolean       not null,
    four_on_the_spot      boolean       not null,
    fees                  jsonb         not null default '[]',
    required_papers       jsonb         not null default '[]',
    case_variants         jsonb         not null,
    steps                 jsonb         not null default '[]',
    decision_number       varchar(60),
    decision_date         date,
    decision_issuer       varchar(300),
    effective_from        date,
    effective_to          date,
    created_at            timestamptz   not null,
    published_at          timestamptz,
    unique (procedure_id, version),
    constraint published_version_complete check (status = 'DRAFT' or (decision_number is not null
        and decision_date is not null and decision_issuer is not null and effective_from is not null
        and published_at is not null)),
    constraint version_dates_ordered check (effective_to is null or effective_to > effective_from),
    constraint published_versions_never_overlap exclude using gist (
        procedure_id with =, daterange(effective_from, effective_to, '[)') with &&) where (status = 'PUBLISHED')
);

-- one draft at a time per procedure: the next version being written
create unique index procedure_version_one_draft on procedure_version (procedure_id) where status = 'DRAFT';
create index procedure_version_in_force on procedure_version (province_code, effective_from, effective_to)
    where status = 'PUBLISHED';

create function procedure_version_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            raise exception 'a published procedure version is never deleted (version % of %)',
                old.version, old.procedure_id using errcode = 'integrity_constraint_violation';
        end if;
        return old;
    end if;
    if old.status = 'PUBLISHED' then
        -- the only change allowed: closing an open version when a later one or an abolition takes effect
        if old.effective_to is null and new.effective_to is not null
                and (to_jsonb(new) - 'effective_to') = (to_jsonb(old) - 'effective_to') then
            return new;
        end if;
        raise exception 'a published procedure version never changes (version % of %)',
            old.version, old.procedure_id using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger procedure_version_frozen before update or delete on procedure_version
    for each row execute function procedure_version_frozen();

-- the thin slice's procedures become version 1 of themselves, with one case variant of their number of days
insert into procedure_version (id, procedure_id, province_code, version, status, name, field_code, agency_code,
        issuing_level, mechanism, online_mode, postal_receipt, postal_return, four_on_the_spot, case_variants,
        decision_number, decision_date, decision_issuer, effective_from, created_at, published_at)
select gen_random_uuid(), id, province_code, 1, case when status = 'PUBLISHED' then 'PUBLISHED' else 'DRAFT' end,
       name, field, agency, 'CENTRAL', 'ONE_STOP', 'NONE', false, false, false,
       jsonb_build_array(jsonb_build_object('code', 'CHUNG', 'name', 'Chung',
           'timeLimit', jsonb_build_object('value', prescribed_working_days, 'unit', 'WORKING_DAYS'))),
       case when status = 'PUBLISHED' then 'không rõ (trước phiên bản)' end,
       case when status = 'PUBLISHED' then (published_at at time zone 'Asia/Ho_Chi_Minh')::date end,
       case when status = 'PUBLISHED' then 'không rõ (trước phiên bản)' end,
       case when status = 'PUBLISHED' then (published_at at time zone 'Asia/Ho_Chi_Minh')::date end,
       created_at, published_at
from procedure;

alter table procedure
    drop column name,
    drop column field,
    drop column agency,
    drop column prescribed_working_days,
    drop column version,
    drop column published_at;
