-- Issue 13 item 5: fees paid (Decree 118/2025 Art. 24) and the papers of a dossier, digitised or reused from an
-- earlier dossier of the same applicant (Art. 5 cl. 1i). The PAY entries of dossier_action are the record in the
-- timeline; these tables answer reads and the Decision 766 counts without parsing the log.

create table dossier_payment (
    id                 uuid primary key,
    province_code      char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id         uuid         not null references dossier (id),
    amount             bigint       not null check (amount > 0),
    method             varchar(20)  not null check (method in ('CASH', 'BANK_TRANSFER', 'ONLINE_PORTAL', 'POS')),
    online             boolean      not null,
    -- biên lai số: one receipt is one payment, so a retry under the same number is the same payment
    receipt_reference  varchar(50)  not null,
    paid_at            timestamptz  not null,
    recorded_at        timestamptz  not null,
    recorded_by        varchar(100) not null,
    -- SHA-256 of the request, to tell a retry from a different payment under the same receipt number
    request_hash       char(64)     not null,
    constraint dossier_payment_receipt unique (dossier_id, receipt_reference),
    constraint dossier_payment_online_is_portal check (online = (method = 'ONLINE_PORTAL'))
);

create table dossier_paper (
    id             uuid primary key,
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    dossier_id     uuid         not null references dossier (id),
    code           varchar(30)  not null,
    name           varchar(300) not null,
    digitised      boolean      not null,
    -- the code of the earlier dossier of the same applicant whose accepted paper this one reuses
    reused_from    varchar(40),
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null,
    constraint dossier_paper_once unique (dossier_id, code)
);

-- the desk's search for an applicant's earlier papers goes through the applicant's dossiers
create index dossier_applicant on dossier (province_code, applicant_id_number) where applicant_id_number is not null;
