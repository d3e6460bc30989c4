-- Tests only: the register of provinces 20 and 04 as the demo loads it (demo/organisation-*.json), so that
-- procedures can name a registered agency and field without each test creating them first.
insert into agency (id, province_code, code, official_code, name, parent_id, active_from, revision, created_at, updated_at) values ('a0000000-0000-0000-0000-000000000020', '20', 'SKHCN-20', '000.00.15.H20', 'Sở Khoa học và Công nghệ (test)', null, '2000-01-01', 1, now(), now());
insert into agency (id, province_code, code, official_code, name, parent_id, active_from, revision, created_at, updated_at) values ('a1000000-0000-0000-0000-000000000020', '20', 'CCTDC-20', '000.01.15.H20', 'Chi cục Tiêu chuẩn Đo lường Chất lượng (test)', 'a0000000-0000-0000-0000-000000000020', '2000-01-01', 1, now(), now());
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '20', 'G19-KHCN', 'Hoạt động khoa học và công nghệ', 'a0000000-0000-0000-0000-000000000020');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '20', 'G19-ATBX', 'An toàn bức xạ và hạt nhân', 'a0000000-0000-0000-0000-000000000020');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '20', 'G19-SHTT', 'Sở hữu trí tuệ', 'a0000000-0000-0000-0000-000000000020');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '20', 'G19-CGCN', 'Chuyển giao công nghệ', 'a0000000-0000-0000-0000-000000000020');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '20', 'G19-TDC', 'Tiêu chuẩn, đo lường, chất lượng', 'a1000000-0000-0000-0000-000000000020');
insert into agency (id, province_code, code, official_code, name, parent_id, active_from, revision, created_at, updated_at) values ('a0000000-0000-0000-0000-000000000004', '04', 'SKHCN-04', '000.00.15.H04', 'Sở Khoa học và Công nghệ (test)', null, '2000-01-01', 1, now(), now());
insert into agency (id, province_code, code, official_code, name, parent_id, active_from, revision, created_at, updated_at) values ('a1000000-0000-0000-0000-000000000004', '04', 'CCTDC-04', '000.01.15.H04', 'Chi cục Tiêu chuẩn Đo lường Chất lượng (test)', 'a0000000-0000-0000-0000-000000000004', '2000-01-01', 1, now(), now());
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '04', 'G19-KHCN', 'Hoạt động khoa học và công nghệ', 'a0000000-0000-0000-0000-000000000004');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '04', 'G19-ATBX', 'An toàn bức xạ và hạt nhân', 'a0000000-0000-0000-0000-000000000004');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '04', 'G19-SHTT', 'Sở hữu trí tuệ', 'a0000000-0000-0000-0000-000000000004');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '04', 'G19-CGCN', 'Chuyển giao công nghệ', 'a0000000-0000-0000-0000-000000000004');
insert into field (id, province_code, code, name, agency_id) values (gen_random_uuid(), '04', 'G19-TDC', 'Tiêu chuẩn, đo lường, chất lượng', 'a1000000-0000-0000-0000-000000000004');
