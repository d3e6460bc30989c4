-- A portal or a double click may send a correction twice: the Idempotency-Key (per official) makes the retry answer
-- with the first one instead of recording it again.
alter table report_correction add column idempotency_key varchar(100);
alter table report_correction add column request_hash char(64);
alter table report_correction add constraint report_correction_idempotency
    unique (province_code, entered_by, idempotency_key);
