package vn.motcua.launcher;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A quarter of a demo province's history, generated for the dossier import ({@code POST /api/dossiers/imports},
 * CSV): the shape of Lạng Sơn's Q2 2022 report (489 received: 65 % at the centre's desk, 1 % on the provincial
 * portal, 24 % national portal and single window, 10 % at the department; 90 % resolved early, 2-3 % on time,
 * 7 % in progress within the deadline at the end), with a few late, about 5 % with a supplement (asked the next
 * working day: within the 3 working days of Decree 118/2025 Art. 19 cl. 5) and 2 % with an apology and a new
 * date (Art. 19 cl. 6). Resolved dossiers are returned at the desk, by post or online.
 *
 * <p>Deterministic: one fixed seed per province and the same quarter give the same file, and the sourceIds name
 * province, quarter and number, so loading it again reports every dossier unchanged. The quarter is the last
 * completed <em>calendar</em> quarter before today (simpler than the reports' cut-off of Decree 09/2019 Art. 12,
 * the 15th of the month before to the 14th of the last month). Every date falls on a weekday that is not one of
 * the national days off seeded by catalog-service (V4, 2025-2027), as the real calendar has them; appointed dates
 * count those working days (the old system's receipts printed them; the import keeps them as printed).
 */
final class DemoQuarter {
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final List<String> COLUMNS = List.of("sourceId", "code", "channel", "procedureCode", "caseVariant",
            "applicant.kind", "applicant.name", "applicant.idNumber", "submittedAt", "acceptedAt", "dueAt",
            "supplements", "extension.at", "extension.newDueAt", "extension.reason", "extension.signedBy",
            "resolvedAt", "outcome", "reason", "returnedAt", "returnMethod", "withdrawnAt", "closedAt");
    /** Provincial portals merged into the national one from 1/7/2025 (Decree 118/2025). */
    static final LocalDate PROVINCIAL_PORTALS_CLOSED = LocalDate.of(2025, 7, 1);

    /** Weekdays off of catalog-service's V4 national calendar, 2025-2027. */
    static final Set<LocalDate> DAYS_OFF = Stream.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29",
            "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01",
            "2025-09-02", "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
            "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02", "2027-01-01",
            "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-04-16", "2027-04-30",
            "2027-05-03", "2027-09-02", "2027-09-03").map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Nông", "Hà", "Lục", "Triệu", "Đàm"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Hồng", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hải", "Hoa", "Hùng", "Lan",
            "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"};
    private static final String[] COMPANY = {"Công ty TNHH Thiết bị Y tế Hoa Mai", "Công ty Cổ phần Kiểm định Đông Bắc",
            "Bệnh viện Đa khoa Hữu Nghị", "Công ty TNHH Cơ khí Kỳ Lừa", "Hợp tác xã Nông sản Mẫu Sơn",
            "Công ty Cổ phần Xây dựng Biên Cương", "Phòng khám Đa khoa Tân An"};

    enum Fate {
        EARLY, ON_TIME, LATE, IN_PROGRESS
    }

    /** A procedure's case of the demo catalogue file, with its time limit in working days. */
    record Case(String procedure, String variant, int workingDays) {
    }

    /** The dossier before it becomes a CSV line: what the unit test counts. */
    record Generated(String sourceId, String channel, Case procedureCase, Fate fate, boolean supplement,
            boolean apology, List<String> cells) {
    }

    record Quarter(int year, int number) {
        LocalDate first() {
            return LocalDate.of(year, (number - 1) * 3 + 1, 1);
        }

        LocalDate last() {
            return first().plusMonths(3).minusDays(1);
        }

        /** The last calendar quarter that ended before {@code today}. */
        static Quarter lastCompletedBefore(LocalDate today) {
            LocalDate inPrevious = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1);
            return new Quarter(inPrevious.getYear(), inPrevious.get(IsoFields.QUARTER_OF_YEAR));
        }

        @Override
        public String toString() {
            return year + "Q" + number;
        }
    }

    private DemoQuarter() {
    }

    /** The province's fixed seed: the same history on every start. */
    static long seed(String province) {
        return 2_022_020_000L + Integer.parseInt(province);
    }

    /** {@code count} dossiers of the province over {@code quarter}, from its catalogue's cases. */
    static List<Generated> generate(String province, Quarter quarter, int count, List<Case> cases) {
        Random random = new Random(seed(province));
        List<String> channels = shuffled(random, quota(count, quarter));
        List<Fate> fates = shuffled(random, fates(count));
        List<LocalDate> days = workingDays(quarter.first(), quarter.last());
        int supplements = Math.round(count * 0.05f);
        int apologies = Math.round(count * 0.02f);
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Fate fate = fates.get(i);
            // supplements and apologies go to early results of procedures long enough for them
            boolean roomy = fate == Fate.EARLY;
            Case c = cases.get(random.nextInt(cases.size()));
            boolean supplement = roomy && c.workingDays() >= 5 && supplements > 0;
            boolean apology = !supplement && roomy && c.workingDays() >= 5 && apologies > 0;
            supplements -= supplement ? 1 : 0;
            apologies -= apology ? 1 : 0;
            String sourceId = "HTC-" + province + "-" + quarter + "-" + String.format("%04d", i + 1);
            out.add(dossier(random, sourceId, province, i, channels.get(i), c, fate, supplement, apology, days));
        }
        return out;
    }

    /**
     * The cases of a demo catalogue file ({@code catalogue-<province>.csv}: one line per case, RFC 4180); the case is
     * named only when its procedure has several, as the desk names it.
     */
    static List<Case> cases(String catalogueCsv) {
        List<List<String>> records = records(catalogueCsv.startsWith("\uFEFF") ? catalogueCsv.substring(1)
                : catalogueCsv);
        List<String> header = records.getFirst();
        int code = header.indexOf("MaTTHC");
        int variant = header.indexOf("MaTruongHop");
        int days = header.indexOf("ThoiHan");
        List<List<String>> rows = records.subList(1, records.size());
        return rows.stream().map(r -> new Case(r.get(code),
                rows.stream().filter(o -> o.get(code).equals(r.get(code))).count() > 1 ? r.get(variant) : null,
                Integer.parseInt(r.get(days).strip()))).toList();
    }

    /** The records of a CSV text (the demo catalogue: quoted cells may hold commas and line breaks). */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (!quoted && c == '\n') {
                cells.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(cells);
        }
        return records;
    }

    /** The import file: a header and one line per dossier (RFC 4180, cells quoted when they must be). */
    static String csv(List<Generated> dossiers) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Generated d : dossiers) {
            out.append(d.cells().stream().map(DemoQuarter::cell).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static Generated dossier(Random random, String sourceId, String province, int index, String channel,
            Case c, Fate fate, boolean supplement, boolean apology, List<LocalDate> days) {
        // resolved dossiers are accepted early enough for the whole story to end within the quarter; those in
        // progress late enough that their appointed date is after its end (within the deadline at the end)
        int last = days.size() - 1;
        int acceptIndex = fate == Fate.IN_PROGRESS
                ? last - random.nextInt(Math.min(c.workingDays(), days.size()))
                : random.nextInt(Math.max(1, days.size() - c.workingDays() - 12));
        LocalDate acceptDay = days.get(acceptIndex);
        OffsetDateTime accepted = at(acceptDay, officeTime(random));
        boolean online = channel.startsWith("ONLINE") || channel.equals("NATIONAL_SINGLE_WINDOW");
        OffsetDateTime submitted = online ? accepted.minusMinutes(30 + random.nextInt(20 * 60)) : accepted;
        LocalDate dueDay = plus(acceptDay, c.workingDays());
        OffsetDateTime due = at(dueDay, LocalTime.of(17, 0));

        String supplements = "";
        LocalDate runningDueDay = dueDay;
        if (supplement) {
            LocalDate asked = plus(acceptDay, 1);
            LocalDate completed = plus(asked, 1 + random.nextInt(3));
            runningDueDay = plus(completed, c.workingDays());
            supplements = at(asked, LocalTime.of(9, 0)).format(INSTANT) + ";" + at(completed, LocalTime.of(10, 0))
                    .format(INSTANT) + ";" + at(runningDueDay, LocalTime.of(17, 0)).format(INSTANT) + ";"
                    + "Bổ sung bản sao giấy tờ còn thiếu";
        }
        List<String> extension = List.of("", "", "", "");
        LocalDate start = supplement ? plus(acceptDay, 4) : acceptDay;
        if (apology) {
            LocalDate newDue = plus(runningDueDay, 5);
            // the result comes after the apology, before the new date
            start = minus(runningDueDay, 2);
            extension = List.of(at(start, LocalTime.of(9, 0)).format(INSTANT),
                    at(newDue, LocalTime.of(17, 0)).format(INSTANT), "Cần xác minh thực tế tại cơ sở",
                    "Giám đốc Sở Khoa học và Công nghệ");
            runningDueDay = newDue;
        }
        String resolved = "";
        String returned = "";
        String method = "";
        if (fate != Fate.IN_PROGRESS) {
            OffsetDateTime resolvedAt = switch (fate) {
                case EARLY -> {
                    int room = between(start, runningDueDay);
                    yield room <= 1 ? accepted.plusMinutes(45)
                            : at(plus(start, 1 + random.nextInt(room - 1)), LocalTime.of(15, random.nextInt(60)));
                }
                case ON_TIME -> at(runningDueDay, LocalTime.of(15, random.nextInt(60)));
                default -> at(plus(runningDueDay, 1 + random.nextInt(3)), LocalTime.of(10, random.nextInt(60)));
            };
            resolved = resolvedAt.format(INSTANT);
            method = returnMethod(random, online);
            returned = at(plus(resolvedAt.toLocalDate(), 1), LocalTime.of(9, 30)).format(INSTANT);
        }
        boolean organisation = random.nextInt(100) < 15;
        String name = organisation ? COMPANY[random.nextInt(COMPANY.length)]
                : FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
        String idNumber = organisation ? taxCode(province, index) : String.format("0%s%09d", province, 190_100_000 + index);
        List<String> cells = new ArrayList<>(List.of(sourceId, "", channel, c.procedure(),
                c.variant() == null ? "" : c.variant(), organisation ? "ORGANISATION" : "CITIZEN", name, idNumber,
                submitted.format(INSTANT), accepted.format(INSTANT), due.format(INSTANT), supplements));
        cells.addAll(extension);
        cells.addAll(List.of(resolved, resolved.isEmpty() ? "" : "APPROVED", "", returned, method, "", ""));
        return new Generated(sourceId, channel, c, fate, supplement, apology, List.copyOf(cells));
    }

    /** The seed's channel mix, by quota so the shares hold exactly; the provincial portal only before 1/7/2025. */
    static List<String> quota(int count, Quarter quarter) {
        int desk = Math.round(count * 0.65f);
        int agency = Math.round(count * 0.10f);
        int provincial = quarter.first().isBefore(PROVINCIAL_PORTALS_CLOSED) ? Math.round(count * 0.01f) : 0;
        int singleWindow = Math.round(count * 0.06f);
        int nationalPortal = count - desk - agency - provincial - singleWindow;
        List<String> channels = new ArrayList<>(count);
        channels.addAll(Collections.nCopies(desk, "DIRECT_CENTRE"));
        channels.addAll(Collections.nCopies(agency, "DIRECT_AGENCY"));
        channels.addAll(Collections.nCopies(provincial, "ONLINE_PROVINCIAL_PORTAL"));
        channels.addAll(Collections.nCopies(singleWindow, "NATIONAL_SINGLE_WINDOW"));
        channels.addAll(Collections.nCopies(nationalPortal, "ONLINE_NATIONAL_PORTAL"));
        return channels;
    }

    static List<Fate> fates(int count) {
        int inProgress = Math.round(count * 0.07f);
        int late = Math.max(1, Math.round(count * 0.01f));
        int onTime = Math.round(count * 0.025f);
        List<Fate> fates = new ArrayList<>(count);
        fates.addAll(Collections.nCopies(inProgress, Fate.IN_PROGRESS));
        fates.addAll(Collections.nCopies(late, Fate.LATE));
        fates.addAll(Collections.nCopies(onTime, Fate.ON_TIME));
        fates.addAll(Collections.nCopies(count - inProgress - late - onTime, Fate.EARLY));
        return fates;
    }

    private static <T> List<T> shuffled(Random random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static String returnMethod(Random random, boolean online) {
        int roll = random.nextInt(100);
        if (online) {
            return roll < 80 ? "ONLINE" : "POST";
        }
        return roll < 85 ? "DESK" : "POST";
    }

    /** Between 7:30 and 11:00 or 13:30 and 16:30, on the minute. */
    private static LocalTime officeTime(Random random) {
        return random.nextBoolean() ? LocalTime.of(7, 30).plusMinutes(random.nextInt(210))
                : LocalTime.of(13, 30).plusMinutes(random.nextInt(180));
    }

    static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DAYS_OFF.contains(day);
    }

    static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(DemoQuarter::working).toList();
    }

    /** The {@code n}-th working day after {@code day} (Civil Code Art. 147 cl. 2: the day itself does not count). */
    static LocalDate plus(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            do {
                d = d.plusDays(1);
            } while (!working(d));
        }
        return d;
    }

    static LocalDate minus(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            do {
                d = d.minusDays(1);
            } while (!working(d));
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}. */
    private static int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; d.isBefore(to); d = plus(d, 1)) {
            n++;
        }
        return n;
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return OffsetDateTime.of(day, time, VIETNAM);
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * A well-formed mã số thuế for the demo's organisations: nine digits and the check digit of Circular
     * 105/2020/TT-BTC (10 - Σ dᵢ·wᵢ mod 11, weights 31 29 23 19 17 13 7 5 3; a remainder of 0 is never issued, so
     * the next number is taken). Made up: the intake checks its shape, not that the company exists.
     */
    static String taxCode(String province, int index) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int n = index;; n++) {
            String base = String.format("49%s%05d", province, n % 100_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 != 0) {
                return base + (10 - sum % 11);
            }
        }
    }
}
