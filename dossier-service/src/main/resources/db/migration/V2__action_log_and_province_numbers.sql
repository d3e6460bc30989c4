-- What happened to a dossier: an append-only log (who, what, when, the appointed date before and after).
-- The dossier row is a read model of the state the log amounts to.
create table dossier_action (
    id             uuid primary key,
    dossier_id     uuid         not null references dossier (id),
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    sequence       integer      not null check (sequence >= 1),
    action         varchar(30)  not null,
    actor          varchar(100) not null,
    occurred_at    timestamptz  not null,
    due_before     timestamptz,
    due_after      timestamptz  not null,
    -- two officers acting at once: one entry wins, the other's insert fails here
    constraint dossier_action_sequence unique (dossier_id, sequence)
);
create index dossier_action_by_dossier on dossier_action (province_code, dossier_id, sequence);

create function dossier_action_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dossier_action is append-only: % refused', tg_op;
end $$;
create trigger dossier_action_append_only before update or delete on dossier_action
    for each row execute function dossier_action_is_append_only();

-- Dossiers received before the log existed: their reception and resolution, as far as they are known
insert into dossier_action (id, dossier_id, province_code, sequence, action, actor, occurred_at, due_before, due_after)
select gen_random_uuid(), id, province_code, 1, 'RECEIVE', submitted_by, received_at, null, due_at from dossier;
insert into dossier_action (id, dossier_id, province_code, sequence, action, actor, occurred_at, due_before, due_after)
select gen_random_uuid(), id, province_code, 2, 'RESOLVE', '(before the action log)', resolved_at, due_at, due_at
from dossier where resolved_at is not null;

-- Dossier numbers per province and day (Circular 01/2018 Art. 19: a daily sequence in the code). One sequence
-- shared by all provinces revealed each one's volume to the others.
create table dossier_counter (
    province_code  char(2)  not null check (province_code ~ '^[0-9]{2}$'),
    day            date     not null,
    last_number    integer  not null,
    primary key (province_code, day)
);
