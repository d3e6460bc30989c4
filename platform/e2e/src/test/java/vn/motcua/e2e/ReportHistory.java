package vn.motcua.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The history around one province's report period, as the old system would hand it over (dossier import, JSON lines
 * of {@code POST /api/dossiers/imports}), together with the catalogue it needs (procedures of several fields, one
 * published within the period; one amended and one abolished from tomorrow, as the catalogue changes only the
 * future). Each dossier is kept as its own
 * event history ({@link Dossier}), which {@link IndependentCount} counts by the contract's rules, never asking the
 * reporting service.
 *
 * <p>The period's boundaries are where counting goes wrong, so most stories sit on them: dossiers carried over from
 * the previous period (one of them ended before the start: not counted), accepted or resolved in the small hours of
 * a boundary day (in the province's zone the other side of the boundary from UTC), in progress at the end within
 * and past their due date, waiting for a supplement at the end, and events after the end (a resolution, an apology,
 * a withdrawal, a supplement) that must leave the period's figures as they were. Around them, a cycle of ordinary
 * fates over the period's working days: early, on time, late, refused, supplemented, apologised, withdrawn, closed.
 * Deterministic for a province and period: the same file every run, so a second import reports it unchanged.
 */
final class ReportHistory {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A version of a planned procedure: its number, the day it takes effect and its field (lĩnh vực). */
    record Version(int number, LocalDate effectiveFrom, String field) {
    }

    /**
     * A procedure this history's dossiers are received under, as the test publishes it through the catalogue API.
     *
     * @param abolishedFrom the day its abolition takes effect; null when it stays
     */
    record Procedure(String code, String name, String agency, int workingDays, String issuingLevel,
            String onlineMode, boolean postalReceipt, boolean postalReturn, boolean fourOnTheSpot,
            List<Version> versions, LocalDate abolishedFrom) {

        /** The version in force on {@code day} (the import pins the acceptance day's), or null before the first. */
        Version versionOn(LocalDate day) {
            Version found = null;
            for (Version v : versions) {
                if (!v.effectiveFrom().isAfter(day)) {
                    found = v;
                }
            }
            return found;
        }

        boolean receivesOn(LocalDate day) {
            return versionOn(day) != null && (abolishedFrom == null || day.isBefore(abolishedFrom));
        }
    }

    /** A supplement round: asked, (maybe) completed, and the restarted due date the old system set. */
    record Supplement(Instant requestedAt, Instant completedAt, Instant dueAfter) {
    }

    /** An apology with a new date (Decree 118/2025 Art. 19 cl. 6). */
    record Extension(Instant at, Instant newDueAt) {
    }

    /**
     * One dossier's own history: the instants of its events as the import sends them.
     *
     * @param story         what the dossier is here for, in words (assertion messages)
     * @param todayRelative whether its history after the period's end depends on today's date (the file then differs
     *                      from a run on another day: a second import may call it a conflict)
     */
    record Dossier(String sourceId, String story, Procedure procedure, String channel, Instant receivedAt,
            Instant dueAt, List<Supplement> supplements, Extension extension, Instant resolvedAt, String outcome,
            Instant withdrawnAt, Instant closedAt, boolean todayRelative) {
    }

    private final String province;
    private final LocalDate from;
    private final LocalDate to;
    private final WorkingDays calendar;
    private final LocalDate today;
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Dossier> dossiers = new ArrayList<>();
    private final String prefix;
    private int applicant;

    private ReportHistory(String province, String label, LocalDate from, LocalDate to, WorkingDays calendar,
            LocalDate today) {
        this.province = province;
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.today = today;
        this.prefix = "RPT-" + province + "-" + label;
    }

    /**
     * The catalogue and the dossiers of {@code province}'s period {@code [from, to]} (its own cut-off), with
     * {@code ordinary} dossiers of ordinary fates besides the boundary stories. {@code today} dates the one story
     * that goes on until now (a dossier whose supplement came back lately, so that an apology is still possible).
     */
    static ReportHistory of(String province, String label, LocalDate from, LocalDate to, WorkingDays calendar,
            int ordinary, LocalDate today) {
        ReportHistory h = new ReportHistory(province, label, from, to, calendar, today);
        h.plan();
        h.boundaryStories();
        h.ordinary(ordinary);
        return h;
    }

    List<Procedure> procedures() {
        return List.copyOf(procedures);
    }

    List<Dossier> dossiers() {
        return List.copyOf(dossiers);
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    /** The dossier told as {@code story}. */
    Dossier story(String story) {
        return dossiers.stream().filter(d -> d.story().equals(story)).findFirst().orElseThrow();
    }

    /** The agency of the province's Sở (its units and demo officers: the unit QLCN). */
    String department() {
        return "SKHCN-" + province;
    }

    private String subDepartment() {
        return "CCTDC-" + province;
    }

    /**
     * Seven procedures of five fields: two of the Sở's science activities, one of technology transfer, one of the
     * Chi cục's metrology (fully online, four-on-the-spot, issued locally), a radiation licence published within
     * the period, and two whose change the catalogue takes only from tomorrow on (an amendment or an abolition
     * never takes effect in the past, Decree 63/2010/NĐ-CP Art. 15): one amended into full online service, one
     * abolished. Codes fixed per province, so a run against a platform that has them already reuses them.
     */
    private void plan() {
        String p = province.equals("20") ? "54" : "55";
        LocalDate longAgo = ProcedureBodies.LONG_AGO;
        LocalDate tomorrow = today.plusDays(1);
        procedures.add(new Procedure("3.92" + p + "01", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
                department(), 10, "CENTRAL", "PARTIAL", true, true, false,
                List.of(new Version(1, longAgo, "G19-KHCN")), null));
        procedures.add(new Procedure("3.92" + p + "02", "Thẩm định hợp đồng chuyển giao công nghệ", department(), 10,
                "CENTRAL", "FULL", true, false, false, List.of(new Version(1, longAgo, "G19-CGCN")), null));
        procedures.add(new Procedure("3.92" + p + "03", "Điều chỉnh nội dung chứng chỉ kiểm định viên đo lường",
                subDepartment(), 7, "LOCAL", "FULL", false, true, true,
                List.of(new Version(1, longAgo, "G19-TDC")), null));
        // no "X-quang" in this name: the public search tests expect the demo's one X-ray procedure for those words
        procedures.add(new Procedure("3.92" + p + "04", "Cấp giấy phép tiến hành công việc bức xạ (thiết bị chiếu xạ"
                + " công nghiệp)", department(), 15, "CENTRAL", "PARTIAL", true, true, false,
                List.of(new Version(1, from.plusDays(16), "G19-ATBX")), null));
        procedures.add(new Procedure("3.92" + p + "05", "Xác nhận hàng hóa sử dụng trực tiếp cho nghiên cứu khoa học",
                department(), 5, "LOCAL", "PARTIAL", false, false, false,
                List.of(new Version(1, longAgo, "G19-KHCN")), null));
        procedures.add(new Procedure("3.92" + p + "06", "Cấp Giấy chứng nhận tổ chức đủ điều kiện hoạt động giám"
                + " định sở hữu công nghiệp", department(), 10, "CENTRAL", "PARTIAL", true, true, false,
                List.of(new Version(1, longAgo, "G19-SHTT"), new Version(2, tomorrow, "G19-SHTT")), null));
        procedures.add(new Procedure("3.92" + p + "07", "Cấp lại giấy phép tiến hành công việc bức xạ", department(), 7,
                "CENTRAL", "PARTIAL", true, true, false, List.of(new Version(1, longAgo, "G19-ATBX")), tomorrow));
    }

    private Procedure procedure(int n) {
        return procedures.get(n - 1);
    }

    /** The stories on the period's boundaries; each one's comment says what it checks. */
    private void boundaryStories() {
        LocalDate end = to.plusDays(1);
        LocalDate lastWorking = calendar.before(end, 1);
        // carried over: received in the previous period, open at the start
        LocalDate c1 = calendar.before(from, 6);
        add("carried over, resolved early in the period", procedure(1), "DIRECT_CENTRE", at(c1, 9, 0),
                due(c1, 10), List.of(), null, at(calendar.after(c1, 8), 15, 0), null, null, null, false);
        LocalDate c2 = calendar.before(from, 12);
        add("carried over past its due date, resolved late in the period", procedure(2), "POSTAL", at(c2, 9, 30),
                due(c2, 10), List.of(), null, at(calendar.atOrAfter(from.plusDays(3)), 10, 0), null, null, null,
                false);
        LocalDate c3 = calendar.before(from, 3);
        add("carried over, never resolved", procedure(5), "ONLINE_NATIONAL_PORTAL", at(c3, 14, 0), due(c3, 5),
                List.of(), null, null, null, null, null, false);
        LocalDate c4 = calendar.before(from, 9);
        add("resolved before the start: not in the period", procedure(1), "DIRECT_AGENCY", at(c4, 8, 0),
                due(c4, 10), List.of(), null, at(calendar.before(from, 1), 16, 0), null, null, null, false);
        LocalDate c5 = calendar.before(from, 4);
        add("carried over, withdrawn in the period", procedure(3), "VNEID", at(c5, 10, 0), due(c5, 7), List.of(),
                null, null, null, at(calendar.atOrAfter(from), 9, 0), null, false);
        LocalDate c6 = calendar.before(from, 2);
        // 07:00 on the first day in Vietnam is midnight UTC of the day before: in the period only in the zone
        add("carried over, resolved at 06:30 on the first day", procedure(1), "DIRECT_CENTRE", at(c6, 9, 0),
                due(c6, 10), List.of(), null, at(from, 6, 30), null, null, null, false);
        // received 06:45 on the first day (the day before in UTC): received in the period
        add("received at 06:45 on the first day", procedure(1), "ONLINE_NATIONAL_PORTAL", at(from, 6, 45),
                due(from, 10), List.of(), null, at(calendar.after(from, 4), 10, 0), null, null, null, false);

        // the end: in progress within and past the due date, waiting for a supplement, events after the end
        LocalDate e3 = calendar.before(end, 15);
        add("overdue at the end, resolved after it", procedure(1), "DIRECT_CENTRE", at(e3, 9, 0), due(e3, 10),
                List.of(), null, at(calendar.after(end, 5), 15, 0), null, null, null, false);
        LocalDate e4 = calendar.before(end, 3);
        LocalDate e4Due = calendar.after(e4, 10);
        add("within its due date at the end, apology after it", procedure(2), "DIRECT_CENTRE", at(e4, 9, 0),
                endOf(e4Due), List.of(), new Extension(at(calendar.before(e4Due, 2), 9, 0),
                        endOf(calendar.after(e4Due, 3))),
                at(calendar.after(e4Due, 2), 15, 0), null, null, null, false);
        LocalDate e7 = calendar.before(end, 8);
        add("overdue at the end, still open", procedure(1), "POSTAL", at(e7, 10, 0), endOf(calendar.before(end, 2)),
                List.of(), null, null, null, null, null, false);
        LocalDate e5 = calendar.before(end, 2);
        Instant asked = at(calendar.before(end, 1), 10, 0);
        boolean live = province.equals("20");
        if (live) {
            // its supplement came back three working days ago: due in the future, so an apology is still allowed now
            LocalDate back = calendar.before(today, 3);
            add("waiting for a supplement at the end", procedure(1), "DIRECT_CENTRE", at(e5, 9, 0), due(e5, 10),
                    List.of(new Supplement(asked, at(back, 10, 0), endOf(calendar.after(back, 10)))), null, null,
                    null, null, null, true);
        } else {
            add("waiting for a supplement at the end", procedure(1), "DIRECT_CENTRE", at(e5, 9, 0), due(e5, 10),
                    List.of(new Supplement(asked, null, null)), null, null, null, null, null, false);
        }
        add("received on the last working day", procedure(3), "NATIONAL_SINGLE_WINDOW", at(lastWorking, 16, 30),
                due(lastWorking, 7), List.of(), null, null, null, null, null, false);
        // 06:30 on the day after the end in Vietnam is the last day in UTC: resolved after the end
        LocalDate e11 = calendar.before(end, 5);
        add("resolved at 06:30 the day after the end", procedure(4), "DIRECT_CENTRE", at(e11, 9, 0), due(e11, 15),
                List.of(), null, at(end, 6, 30), null, null, null, false);
        LocalDate e10 = calendar.before(end, 1);
        add("withdrawn after the end", procedure(2), "ONLINE_NATIONAL_PORTAL", at(e10, 8, 30), due(e10, 10),
                List.of(), null, null, null, at(calendar.after(end, 1), 9, 0), null, false);
        add("received the day after the end: not in the period", procedure(1), "DIRECT_CENTRE",
                at(calendar.atOrAfter(end), 8, 0), due(calendar.atOrAfter(end), 10), List.of(), null, null, null,
                null, null, false);
    }

    /**
     * Ordinary dossiers over the period's working days: procedures in turn (each only while it receives: the
     * radiation licence from its publication), channels in turn, and fates in turn.
     */
    private void ordinary(int count) {
        String[] channels = {"DIRECT_CENTRE", "ONLINE_NATIONAL_PORTAL", "POSTAL", "DIRECT_CENTRE", "DIRECT_AGENCY",
                "ONLINE_NATIONAL_PORTAL", "VNEID", "DIRECT_CENTRE"};
        String[] fates = {"EARLY", "ON_TIME", "EARLY", "LATE", "REFUSED", "SUPPLEMENTED", "APOLOGY", "WITHDRAWN",
                "EARLY", "CLOSED", "ON_TIME"};
        LocalDate last = calendar.before(to.plusDays(1), 1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = calendar.atOrAfter(from); !d.isAfter(last); d = calendar.after(d, 1)) {
            days.add(d);
        }
        int p = 0;
        for (int i = 0; i < count; i++) {
            LocalDate day = days.get((int) ((long) i * days.size() / count));
            Procedure procedure;
            do {
                procedure = procedures.get(p++ % procedures.size());
            } while (!procedure.receivesOn(day));
            ordinary(i, day, procedure, channels[i % channels.length], fates[i % fates.length]);
        }
    }

    private void ordinary(int i, LocalDate day, Procedure procedure, String channel, String fate) {
        Instant received = at(day, 8, 15 + i % 40);
        LocalDate dueDay = calendar.after(day, procedure.workingDays());
        List<Supplement> supplements = new ArrayList<>();
        Extension extension = null;
        Instant resolved = null;
        Instant withdrawn = null;
        Instant closed = null;
        String outcome = null;
        switch (fate) {
            case "EARLY" -> resolved = at(calendar.before(dueDay, 1 + i % 3), 15, 0);
            case "ON_TIME" -> resolved = at(dueDay, 16, 0);
            case "LATE" -> resolved = at(calendar.after(dueDay, 1 + i % 2), 10, 0);
            case "REFUSED" -> {
                resolved = at(calendar.before(dueDay, 1), 11, 0);
                outcome = "REFUSED";
            }
            case "SUPPLEMENTED" -> {
                LocalDate asked = calendar.after(day, 1);
                LocalDate back = calendar.after(asked, 2);
                dueDay = calendar.after(back, procedure.workingDays());
                supplements.add(new Supplement(at(asked, 10, 0), at(back, 10, 0), endOf(dueDay)));
                resolved = at(i % 2 == 0 ? dueDay : calendar.before(dueDay, 2), 14, 0);
            }
            case "APOLOGY" -> {
                LocalDate newDue = calendar.after(dueDay, 3);
                extension = new Extension(at(calendar.before(dueDay, 1), 9, 0), endOf(newDue));
                // late against the receipt, on time against the apology's date
                resolved = at(newDue, 10, 0);
            }
            case "WITHDRAWN" -> withdrawn = at(calendar.after(day, 2), 9, 0);
            case "CLOSED" -> {
                supplements.add(new Supplement(at(calendar.after(day, 1), 10, 0), null, null));
                closed = at(calendar.after(day, 18), 9, 0);
            }
            default -> throw new IllegalArgumentException(fate);
        }
        add("ordinary " + fate.toLowerCase() + " " + (i + 1), procedure, channel, received, endOf(calendar.after(day,
                procedure.workingDays())), supplements, extension, resolved, outcome, withdrawn, closed, false);
    }

    private void add(String story, Procedure procedure, String channel, Instant received, Instant due,
            List<Supplement> supplements, Extension extension, Instant resolved, String outcome, Instant withdrawn,
            Instant closed, boolean todayRelative) {
        String sourceId = prefix + "-" + String.format("%03d", dossiers.size() + 1);
        dossiers.add(new Dossier(sourceId, story, procedure, channel, received, due, List.copyOf(supplements),
                extension, resolved, outcome, withdrawn, closed, todayRelative));
    }

    /** The import file: one JSON object per line, in the import's shape ({@code ImportDossierBody}). */
    String ndjson() {
        StringBuilder b = new StringBuilder();
        for (Dossier d : dossiers) {
            b.append(line(d)).append('\n');
        }
        return b.toString();
    }

    private ObjectNode line(Dossier d) {
        ObjectNode line = JSON.createObjectNode();
        line.put("sourceId", d.sourceId());
        line.put("channel", d.channel());
        line.put("procedureCode", d.procedure().code());
        ObjectNode a = line.putObject("applicant");
        a.put("kind", "CITIZEN");
        String[] names = {"Nông Văn Dũng", "Hoàng Thị Thu", "Lục Văn Hải", "Triệu Thị Mai", "Đàm Quang Huy"};
        a.put("name", names[applicant % names.length]);
        a.put("idNumber", "0" + province + "1900" + String.format("%05d", 10_000 + applicant++));
        Instant submitted = d.channel().startsWith("DIRECT") ? d.receivedAt() : d.receivedAt().minusSeconds(1_800);
        line.put("submittedAt", submitted.toString());
        line.put("acceptedAt", d.receivedAt().toString());
        line.put("dueAt", d.dueAt().toString());
        if (!d.supplements().isEmpty()) {
            ArrayNode rounds = line.putArray("supplements");
            for (Supplement s : d.supplements()) {
                ObjectNode round = rounds.addObject();
                round.put("requestedAt", s.requestedAt().toString());
                if (s.completedAt() != null) {
                    round.put("completedAt", s.completedAt().toString());
                    round.put("dueAfter", s.dueAfter().toString());
                }
                round.put("reason", "Thiếu bản sao giấy chứng nhận đăng ký");
            }
        }
        if (d.extension() != null) {
            ObjectNode x = line.putObject("extension");
            x.put("at", d.extension().at().toString());
            x.put("newDueAt", d.extension().newDueAt().toString());
            x.put("reason", "Cần xác minh thực tế tại cơ sở");
            x.put("signedBy", "Nguyễn Văn Hùng");
        }
        if (d.resolvedAt() != null) {
            line.put("resolvedAt", d.resolvedAt().toString());
            if (d.outcome() != null) {
                line.put("outcome", d.outcome());
                line.put("reason", "Hồ sơ không đáp ứng điều kiện theo quy định");
            }
        }
        if (d.withdrawnAt() != null) {
            line.put("withdrawnAt", d.withdrawnAt().toString());
            line.put("reason", "Người nộp xin rút hồ sơ");
        }
        if (d.closedAt() != null) {
            line.put("closedAt", d.closedAt().toString());
            line.put("reason", "Quá hạn bổ sung hồ sơ");
        }
        return line;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(WorkingDays.VIETNAM).toInstant();
    }

    /** The appointed date as receipts print it: the close of office that day. */
    private static Instant endOf(LocalDate day) {
        return at(day, 17, 0);
    }

    private Instant due(LocalDate received, int workingDays) {
        return endOf(calendar.after(received, workingDays));
    }
}
