-- Working calendars as data, never as formulas (issue 12 item 3; domain.md §4). National days are shared by
-- every province (no province_code: not tenant-owned); a province's own days off and office hours are its own.

-- The provinces that exist: Decision 19/2025/QĐ-TTg, 34 units from 01/7/2025 (domain.md §8). Old codes are
-- history and come with the agency register; the zone and the weekly rest are data of the province.
create table province_register (
    code         char(2)      primary key check (code ~ '^[0-9]{2}$'),
    name         varchar(100) not null,
    valid_from   date         not null,
    valid_to     date,
    zone         varchar(64)  not null default 'Asia/Ho_Chi_Minh',
    -- Decree 145/2020 Art. 64 (5 working days a week for the public sector): Saturday and Sunday
    weekly_rest  varchar(100) not null default 'SATURDAY,SUNDAY'
);

insert into province_register (code, name, valid_from) values
    ('01', 'Thành phố Hà Nội', '2025-07-01'),
    ('04', 'Tỉnh Cao Bằng', '2025-07-01'),
    ('08', 'Tỉnh Tuyên Quang', '2025-07-01'),
    ('11', 'Tỉnh Điện Biên', '2025-07-01'),
    ('12', 'Tỉnh Lai Châu', '2025-07-01'),
    ('14', 'Tỉnh Sơn La', '2025-07-01'),
    ('15', 'Tỉnh Lào Cai', '2025-07-01'),
    ('19', 'Tỉnh Thái Nguyên', '2025-07-01'),
    ('20', 'Tỉnh Lạng Sơn', '2025-07-01'),
    ('22', 'Tỉnh Quảng Ninh', '2025-07-01'),
    ('24', 'Tỉnh Bắc Ninh', '2025-07-01'),
    ('25', 'Tỉnh Phú Thọ', '2025-07-01'),
    ('31', 'Thành phố Hải Phòng', '2025-07-01'),
    ('33', 'Tỉnh Hưng Yên', '2025-07-01'),
    ('37', 'Tỉnh Ninh Bình', '2025-07-01'),
    ('38', 'Tỉnh Thanh Hóa', '2025-07-01'),
    ('40', 'Tỉnh Nghệ An', '2025-07-01'),
    ('42', 'Tỉnh Hà Tĩnh', '2025-07-01'),
    ('44', 'Tỉnh Quảng Trị', '2025-07-01'),
    ('46', 'Thành phố Huế', '2025-07-01'),
    ('48', 'Thành phố Đà Nẵng', '2025-07-01'),
    ('51', 'Tỉnh Quảng Ngãi', '2025-07-01'),
    ('52', 'Tỉnh Gia Lai', '2025-07-01'),
    ('56', 'Tỉnh Khánh Hòa', '2025-07-01'),
    ('66', 'Tỉnh Đắk Lắk', '2025-07-01'),
    ('68', 'Tỉnh Lâm Đồng', '2025-07-01'),
    ('75', 'Tỉnh Đồng Nai', '2025-07-01'),
    ('79', 'Thành phố Hồ Chí Minh', '2025-07-01'),
    ('80', 'Tỉnh Tây Ninh', '2025-07-01'),
    ('82', 'Tỉnh Đồng Tháp', '2025-07-01'),
    ('86', 'Tỉnh Vĩnh Long', '2025-07-01'),
    ('91', 'Tỉnh An Giang', '2025-07-01'),
    ('92', 'Thành phố Cần Thơ', '2025-07-01'),
    ('96', 'Tỉnh Cà Mau', '2025-07-01');

-- National days off and swapped working days for civil servants, one row per date (Labour Code 2019 Art. 112
-- cl. 1: the holidays; cl. 3: the Prime Minister fixes the Tết days and the day next to National Day each year;
-- Art. 111 cl. 3: a holiday on a weekly rest day gives a compensatory day on the next working day).
-- status: DECIDED = the law or a letter of the Government Office (VPCP) named in source; ANNOUNCED = reported,
-- the deciding letter not read or not found; PROJECTED = the law's rule on known (lunar) dates, no decision.
-- Weekend days inside a Tết span are listed only when they are one of the legal Tết days.
create table national_day (
    day     date         primary key,
    kind    varchar(30)  not null check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_WORKING_DAY')),
    name    varchar(200) not null,
    source  varchar(200) not null,
    status  varchar(20)  not null check (status in ('DECIDED', 'ANNOUNCED', 'PROJECTED'))
);

insert into national_day (day, kind, name, source, status) values
    -- 2022
    ('2022-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2022-01-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Dương lịch (01/01 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    -- Tết Nhâm Dần: 29/1 - 6/2, five weekdays and two weekends [3rd-party: kinhtemoitruong.vn on 245/VPCP-KGVX, 11/01/2022]
    ('2022-01-31', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', '245/VPCP-KGVX', 'DECIDED'),
    ('2022-02-01', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', '245/VPCP-KGVX', 'DECIDED'),
    ('2022-02-02', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', '245/VPCP-KGVX', 'DECIDED'),
    ('2022-02-03', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', '245/VPCP-KGVX', 'DECIDED'),
    ('2022-02-04', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', '245/VPCP-KGVX', 'DECIDED'),
    ('2022-04-10', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2022-04-11', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/4 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    ('2022-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2022-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2022-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Chiến thắng (30/4 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    ('2022-05-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Quốc tế lao động (1/5 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    -- [verify] the day next to National Day 2022 (1/9 reported; the deciding letter not found)
    ('2022-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ 2019 Điều 112 khoản 3 [verify]', 'ANNOUNCED'),
    ('2022-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- 2023
    ('2023-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2023-01-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    -- Tết Quý Mão: 20/1 - 26/1; 21/1 (30 Tết) and 22/1 (mùng 1) fall on the weekend, so 20/1 and 26/1 are the
    -- two compensatory days [3rd-party: kiemtientuweb.com on 8056/VPCP-KGVX, 01/12/2022]
    ('2023-01-20', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-21', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-22', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-23', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-24', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-25', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-01-26', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', '8056/VPCP-KGVX', 'DECIDED'),
    -- Hùng Kings on Sat 29/4 and 30/4 on Sunday: compensatory 2/5 and 3/5 [3rd-party: todaycnews.com]
    ('2023-04-29', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2023-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2023-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2023-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    ('2023-05-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    -- National Day 1/9 - 4/9 [3rd-party: kiemtientuweb.com on 8056/VPCP-KGVX]
    ('2023-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', '8056/VPCP-KGVX', 'DECIDED'),
    ('2023-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2023-09-04', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Quốc khánh (2/9 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    -- 2024
    ('2024-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- Tết Giáp Thìn: 8/2 - 14/2, mùng 1 and 2 on the weekend [3rd-party: th389.vn on 8662/VPCP-KGVX]
    ('2024-02-08', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-09', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-10', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-11', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-12', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-13', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-02-14', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', '8662/VPCP-KGVX', 'DECIDED'),
    ('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- 27/4 - 1/5, Mon 29/4 worked on Sat 4/5 [3rd-party: baophapluat.vn, chinhphu.vn on 2450/VPCP-KGVX, 12/4/2024]
    ('2024-04-29', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', '2450/VPCP-KGVX', 'DECIDED'),
    ('2024-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2024-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2024-05-04', 'SWAPPED_WORKING_DAY', 'Làm bù cho ngày 29/4/2024', '2450/VPCP-KGVX', 'DECIDED'),
    -- 31/8 - 3/9 [3rd-party: btv.org.vn, th389.vn on 8662/VPCP-KGVX]
    ('2024-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2024-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', '8662/VPCP-KGVX', 'DECIDED'),
    -- 2025
    ('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- Tết Ất Tỵ: 25/1 - 2/2 [3rd-party: pld.net.vn on 8726/VPCP-KGVX, 26/11/2024]. The five Tết days are 28/1
    -- (29 Chạp) to 1/2 (mùng 4, a Saturday), so 27/1 is the owed compensatory day and no Saturday is worked.
    -- [verify] domain.md heard of 27/1 swapped to Sat 8/2; not found, not seeded.
    ('2025-01-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-01-28', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-01-29', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-01-30', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-01-31', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-02-01', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', '8726/VPCP-KGVX', 'DECIDED'),
    ('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- 30/4 - 4/5, Fri 2/5 worked on Sat 26/4 [3rd-party: baophapluat.vn, aeonmall page: the Prime Minister agreed;
    -- the letter number not found: verify]
    ('2025-04-26', 'SWAPPED_WORKING_DAY', 'Làm bù cho ngày 02/5/2025', 'Ý kiến Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2025-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2025-05-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Ý kiến Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    -- 30/8 - 2/9 [3rd-party: aeonmall page; the letter not found: verify]
    ('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ 2019 Điều 112 khoản 3 [verify]', 'ANNOUNCED'),
    ('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- 2026
    -- 1/1 - 4/1, Fri 2/1 worked on Sat 10/1 [3rd-party: VPCP 12729/VPCP-KGVX, 25/12/2025; tracuuquyhoach.com]
    ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2026-01-02', 'COMPENSATORY_DAY_OFF', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', '12729/VPCP-KGVX', 'DECIDED'),
    ('2026-01-10', 'SWAPPED_WORKING_DAY', 'Làm bù cho ngày 02/01/2026', '12729/VPCP-KGVX', 'DECIDED'),
    -- Tết Bính Ngọ: Sat 14/2 - Sun 22/2, the five weekdays 16-20/2 [3rd-party: congan.com.vn; the letter number
    -- not read: verify]
    ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'Quyết định của Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'Quyết định của Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'Quyết định của Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'Quyết định của Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', 'Quyết định của Thủ tướng Chính phủ [verify]', 'ANNOUNCED'),
    ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2026-04-27', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3', 'DECIDED'),
    ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- [verify] the day next to National Day 2026 (1/9 or 3/9; the Ministry of Home Affairs proposed a longer break)
    ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ 2019 Điều 112 khoản 3 [verify]', 'PROJECTED'),
    ('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'DECIDED'),
    -- [verify] 24/11 "Ngày Văn hóa Việt Nam" (Resolution 80-NQ/TW) waits for the amended Art. 112: not seeded.
    -- 2027: nothing decided; the law's days on the lunar dates (Tết Đinh Mùi Sat 6/2/2027; 10/3 âm lịch = Fri
    -- 16/4/2027 [verify]), compensatory days by Art. 111 cl. 3
    ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112 khoản 1', 'PROJECTED'),
    ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-02-07', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-02-10', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 1 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3 [verify]', 'PROJECTED'),
    ('2027-02-11', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Tết Nguyên đán (mùng 2 là Chủ nhật)', 'BLLĐ 2019 Điều 111 khoản 3 [verify]', 'PROJECTED'),
    ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112 khoản 1 [verify]', 'PROJECTED'),
    ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112 khoản 1', 'PROJECTED'),
    ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'BLLĐ 2019 Điều 112 khoản 1', 'PROJECTED'),
    ('2027-05-03', 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Ngày Quốc tế lao động (1/5 là thứ Bảy)', 'BLLĐ 2019 Điều 111 khoản 3', 'PROJECTED'),
    ('2027-09-02', 'HOLIDAY', 'Quốc khánh', 'BLLĐ 2019 Điều 112 khoản 1', 'PROJECTED'),
    ('2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'BLLĐ 2019 Điều 112 khoản 3 [verify]', 'PROJECTED');

-- A province's own days off, decided by its People's Committee.
create table local_day_off (
    id             uuid         primary key,
    province_code  char(2)      not null check (province_code ~ '^[0-9]{2}$'),
    day            date         not null,
    name           varchar(200) not null,
    source         varchar(200) not null,
    created_at     timestamptz  not null,
    unique (province_code, day)
);

-- Office hours with their history: a change takes effect from a future date, the past rows stay. A province
-- without a row has the default (07:30-11:30, 13:30-17:00, transfer cut-off 15:00: Decree 118/2025 Art. 18 cl. 2).
create table office_hours (
    id               uuid        primary key,
    province_code    char(2)     not null check (province_code ~ '^[0-9]{2}$'),
    valid_from       date        not null,
    morning_start    time        not null,
    morning_end      time        not null,
    afternoon_start  time        not null,
    afternoon_end    time        not null,
    transfer_cut_off time        not null,
    created_at       timestamptz not null,
    check (morning_start < morning_end and morning_end <= afternoon_start and afternoon_start < afternoon_end),
    check (transfer_cut_off between afternoon_start and afternoon_end),
    unique (province_code, valid_from)
);

-- What was last published of each province's calendar: its revision and the hash of its content, so a start-up
-- publishes only what changed (new seed data) and a restart publishes nothing.
create table calendar_publication (
    id             uuid        primary key,
    province_code  char(2)     not null unique check (province_code ~ '^[0-9]{2}$'),
    revision       integer     not null check (revision > 0),
    content_hash   char(64)    not null,
    published_at   timestamptz not null
);
