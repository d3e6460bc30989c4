package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A quarter of one agency's history, generated for the dossier import (JSON lines of {@code POST
 * /api/dossiers/imports}) with every fate the evaluation rules tell apart: early, on the due day, late; a supplement
 * during appraisal (the time limit restarts from its completion, Decree 118/2025 Art. 19 cl. 5) and, from the old
 * system, a second one; an apology with a new date (Art. 19 cl. 6); withdrawn, closed and still in progress; online,
 * at the centre, by post and at the department. Deterministic for a seed: the same file every run, whose sourceIds
 * make a second import report every dossier unchanged.
 */
final class GeneratedQuarter {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Fate {
        EARLY, ON_DUE_DAY, LATE, LATE_WITH_APOLOGY, IN_PROGRESS, WITHDRAWN, CLOSED
    }

    /** One procedure case of the catalogue: its code, case variant and time limit in working days. */
    record Case(String procedure, String variant, int workingDays) {
    }

    /**
     * A generated dossier, as the test knows it without asking the platform.
     *
     * @param legalDue     the date indicator 1 compares with: the receipt's, or the restarted one after a supplement;
     *                     never the apology's
     * @param supplements  0, 1 or 2 (a second one only in the old system's history)
     * @param waitedSeconds the time the supplements took (Decision 766 subtracts it)
     */
    record Dossier(String sourceId, Case procedureCase, String channel, Fate fate, Instant acceptedAt,
            Instant originalDue, LocalDate legalDue, Instant resolvedAt, int supplements, long waitedSeconds,
            LocalDate apologyDue) {
        boolean resolved() {
            return resolvedAt != null;
        }

        boolean online() {
            return channel.startsWith("ONLINE");
        }
    }

    private final WorkingDays calendar;
    private final Random random;
    private final List<Dossier> dossiers = new ArrayList<>();
    private final ArrayNode lines = JSON.createArrayNode();

    private GeneratedQuarter(WorkingDays calendar, long seed) {
        this.calendar = calendar;
        this.random = new Random(seed);
    }

    /**
     * {@code count} dossiers accepted on working days from {@code first} (leaving room for their time limits to end
     * within {@code lastResolution}), cycling through the fates so each occurs.
     */
    static GeneratedQuarter generate(WorkingDays calendar, List<Case> cases, String prefix, LocalDate first,
            int count, long seed) {
        GeneratedQuarter q = new GeneratedQuarter(calendar, seed);
        Fate[] fates = {Fate.EARLY, Fate.EARLY, Fate.ON_DUE_DAY, Fate.EARLY, Fate.LATE, Fate.EARLY,
                Fate.LATE_WITH_APOLOGY, Fate.EARLY, Fate.IN_PROGRESS, Fate.EARLY, Fate.WITHDRAWN, Fate.ON_DUE_DAY,
                Fate.CLOSED, Fate.EARLY};
        String[] channels = {"ONLINE_NATIONAL_PORTAL", "DIRECT_CENTRE", "ONLINE_NATIONAL_PORTAL", "DIRECT_CENTRE",
                "POSTAL", "DIRECT_CENTRE", "DIRECT_AGENCY", "ONLINE_NATIONAL_PORTAL", "DIRECT_CENTRE"};
        LocalDate day = calendar.atOrAfter(first);
        for (int i = 0; i < count; i++) {
            Fate fate = fates[i % fates.length];
            String channel = channels[i % channels.length];
            // online dossiers are never late here, so indicator 9's "none late" holds and its shares decide
            if (channel.startsWith("ONLINE") && (fate == Fate.LATE || fate == Fate.LATE_WITH_APOLOGY)) {
                channel = "DIRECT_CENTRE";
            }
            int supplements = fate == Fate.IN_PROGRESS || fate == Fate.WITHDRAWN || fate == Fate.CLOSED ? 0
                    : i % 5 == 1 ? 1 : i % 13 == 3 ? 2 : 0;
            q.add(prefix + "-" + String.format("%03d", i + 1), cases.get(i % cases.size()), channel, fate,
                    day.atTime(LocalTime.of(8, 30 + i % 20)), supplements);
            if (i % 2 == 1) {
                day = calendar.after(day, 1);
            }
        }
        return q;
    }

    List<Dossier> dossiers() {
        return List.copyOf(dossiers);
    }

    /** The import file: one JSON object per line. */
    String ndjson() {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private void add(String sourceId, Case c, String channel, Fate fate, java.time.LocalDateTime accepted,
            int supplements) {
        Instant acceptedAt = accepted.atZone(WorkingDays.VIETNAM).toInstant();
        LocalDate dueDay = calendar.after(accepted.toLocalDate(), c.workingDays());
        Instant originalDue = endOf(dueDay);
        ObjectNode line = JSON.createObjectNode();
        line.put("sourceId", sourceId);
        line.put("channel", channel);
        line.put("procedureCode", c.procedure());
        line.put("caseVariant", c.variant());
        ObjectNode applicant = line.putObject("applicant");
        applicant.put("kind", "CITIZEN");
        applicant.put("name", "Nguyễn Văn " + (char) ('A' + random.nextInt(20)));
        applicant.put("idNumber", "0201900" + String.format("%05d", random.nextInt(100_000)));
        line.put("submittedAt", acceptedAt.minusSeconds(600).toString());
        line.put("acceptedAt", acceptedAt.toString());
        line.put("dueAt", originalDue.toString());

        LocalDate legalDue = dueDay;
        long waited = 0;
        if (supplements > 0) {
            ArrayNode rounds = line.putArray("supplements");
            LocalDate requested = calendar.after(accepted.toLocalDate(), 1);
            for (int s = 0; s < supplements; s++) {
                LocalDate completed = calendar.after(requested, 2);
                Instant requestedAt = requested.atTime(10, 0).atZone(WorkingDays.VIETNAM).toInstant();
                Instant completedAt = completed.atTime(10, 0).atZone(WorkingDays.VIETNAM).toInstant();
                legalDue = calendar.after(completed, c.workingDays());
                ObjectNode round = rounds.addObject();
                round.put("requestedAt", requestedAt.toString());
                round.put("completedAt", completedAt.toString());
                round.put("dueAfter", endOf(legalDue).toString());
                round.put("reason", "Thiếu bản sao giấy tờ lần " + (s + 1));
                waited += completedAt.getEpochSecond() - requestedAt.getEpochSecond();
                requested = calendar.after(completed, 1);
            }
        }
        LocalDate resolvedDay = switch (fate) {
            case EARLY -> calendar.before(legalDue, 1 + random.nextInt(2));
            case ON_DUE_DAY -> legalDue;
            case LATE, LATE_WITH_APOLOGY -> calendar.after(legalDue, 2);
            default -> null;
        };
        LocalDate apologyDue = null;
        if (fate == Fate.LATE_WITH_APOLOGY) {
            apologyDue = calendar.after(legalDue, 3);
            ObjectNode extension = line.putObject("extension");
            extension.put("at", calendar.before(legalDue, 1).atTime(9, 0).atZone(WorkingDays.VIETNAM).toInstant()
                    .toString());
            extension.put("newDueAt", endOf(apologyDue).toString());
            extension.put("reason", "Cần xác minh thực tế");
            extension.put("signedBy", "Vi Đức Hải");
        }
        Instant resolvedAt = resolvedDay == null ? null
                : resolvedDay.atTime(15, 0).atZone(WorkingDays.VIETNAM).toInstant();
        if (resolvedAt != null) {
            line.put("resolvedAt", resolvedAt.toString());
            line.put("returnedAt", resolvedAt.plusSeconds(3_600).toString());
            line.put("returnMethod", channel.startsWith("ONLINE") ? "ONLINE" : "DESK");
        }
        Instant later = calendar.after(accepted.toLocalDate(), 2).atTime(9, 0).atZone(WorkingDays.VIETNAM)
                .toInstant();
        if (fate == Fate.WITHDRAWN) {
            line.put("withdrawnAt", later.toString());
            line.put("reason", "Người nộp xin dừng");
        }
        if (fate == Fate.CLOSED) {
            ArrayNode rounds = line.putArray("supplements");
            ObjectNode round = rounds.addObject();
            round.put("requestedAt", calendar.after(accepted.toLocalDate(), 1).atTime(10, 0)
                    .atZone(WorkingDays.VIETNAM).toInstant().toString());
            round.put("reason", "Thiếu hồ sơ gốc");
            line.put("closedAt", calendar.after(accepted.toLocalDate(), 18).atTime(9, 0).atZone(WorkingDays.VIETNAM)
                    .toInstant().toString());
            line.put("reason", "Quá hạn bổ sung");
        }
        lines.add(line);
        dossiers.add(new Dossier(sourceId, c, channel, fate, acceptedAt, originalDue, legalDue, resolvedAt,
                supplements, waited, apologyDue));
    }

    /** An appointed date as the receipts print it: the end of the day's office hours. */
    private static Instant endOf(LocalDate day) {
        return day.atTime(17, 0).atZone(WorkingDays.VIETNAM).toInstant();
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
