-- Issue 13: each dossier keeps the rule set of its reception day (Decree 61/2018 until 30/6/2025, Decree 118/2025
-- from 1/7/2025: Decree 118/2025 Art. 40 cl. 1). Existing dossiers take it from their reception day in Vietnam.
alter table dossier add column rule_set varchar(20)
    check (rule_set in ('DECREE_61_2018', 'DECREE_118_2025'));
update dossier set rule_set = case
    when (received_at at time zone 'Asia/Ho_Chi_Minh')::date < date '2025-07-01' then 'DECREE_61_2018'
    else 'DECREE_118_2025' end;
alter table dossier alter column rule_set set not null;
