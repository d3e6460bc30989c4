-- A portal or a double click may send a correction twice: the Idempotency-Key (per official) makes the retry answer
-- with the first one instead of recording it again.
alter table report_correction add column idempotency_key varchar(100);
alter table report_correction add column request_hash char(64);
alter table report_correction add constraint report_correction_idempotency
    unique (province_code, entered_by, idempotency_key);

-- The order entries were made in, for "the latest is in force": entered_at may tie (two changes within a clock
-- tick, a clock set back), the insertion order does not.
alter table report_correction add column entry_no bigint generated always as identity;
alter table plan_target add column entry_no bigint generated always as identity;
