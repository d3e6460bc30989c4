package vn.motcua.reporting.messaging;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.Channel;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierExtended;
import vn.motcua.events.DossierHandedOver;
import vn.motcua.events.DossierPapersRecorded;
import vn.motcua.events.DossierPaymentRecorded;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierSupplementRequested;
import vn.motcua.events.DossierSupplemented;
import vn.motcua.events.DossierWithdrawn;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureAbolished;
import vn.motcua.events.ProcedureAmended;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProvinceCode;
import vn.motcua.events.RatingSubmitted;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.RuleSet;
import vn.motcua.events.ScorecardChanged;
import vn.motcua.events.Timeliness;
import vn.motcua.testing.TestKafka;

/**
 * Events of the six topics as their services publish them, times written in Vietnam's local time, and the read
 * models' rows as text (times shown in Vietnam's local time too, so expectations read like the events).
 */
final class ReportingEvents {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportingEvents() {
    }

    static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(VIETNAM).toInstant();
    }

    static EventEnvelope event(String province, DomainEvent payload, String at) {
        return EventEnvelope.of(payload, new ProvinceCode(province), vn(at));
    }

    static void send(EventEnvelope event) {
        TestKafka.publish(event);
    }

    /** Many events at once, through one producer (the order of one key's events kept). */
    static void sendAll(List<EventEnvelope> events) {
        java.util.Properties p = new java.util.Properties();
        p.put(org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                vn.motcua.testing.KafkaResource.broker().bootstrapServers());
        p.put(org.apache.kafka.clients.producer.ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put(org.apache.kafka.clients.producer.ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put(org.apache.kafka.clients.producer.ProducerConfig.LINGER_MS_CONFIG, "20");
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p)) {
            events.forEach(e -> producer.send(TestKafka.record(e)));
            producer.flush();
        }
    }

    static EventEnvelope received(String province, UUID dossier, String procedure, Integer version, Channel channel,
            String at, String due) {
        return event(province, new DossierReceived(dossier, "HS-" + dossier.toString().substring(0, 8), procedure,
                "SKHCN-" + province, channel, vn(at), vn(due), version, version == null ? null : "CHUNG",
                RuleSet.DECREE_118_2025, vn(at), null, "tiepnhan." + province), at);
    }

    static EventEnvelope resolved(String province, UUID dossier, String procedure, Channel channel, String receivedAt,
            String due, String at, Timeliness timeliness) {
        return event(province, new DossierResolved(dossier, "HS-" + dossier.toString().substring(0, 8), procedure,
                "SKHCN-" + province, channel, vn(receivedAt), vn(due), vn(at), timeliness, Outcome.APPROVED, null,
                null, 1, 172_800L, true, "KQ-1", true, true, "QLCN", "xuly." + province, RuleSet.DECREE_118_2025, 1,
                null), at);
    }

    static EventEnvelope handedOver(String province, UUID dossier, String unit, String at) {
        return event(province, new DossierHandedOver(dossier, "HS", "SKHCN-" + province, 1, "MOT_CUA",
                "SKHCN-" + province, unit, null, vn(at), null, false, null), at);
    }

    static EventEnvelope supplementRequested(String province, UUID dossier, String at, String dueBefore) {
        return event(province, new DossierSupplementRequested(dossier, "HS", "SKHCN-" + province, 1, vn(at),
                "Thiếu bản sao giấy phép", true, vn(dueBefore), null), at);
    }

    static EventEnvelope supplemented(String province, UUID dossier, String requestedAt, String at, String dueBefore,
            String dueAfter) {
        return event(province, new DossierSupplemented(dossier, "HS", "SKHCN-" + province, 1, vn(requestedAt),
                vn(at), vn(dueBefore), vn(dueAfter), null), at);
    }

    static EventEnvelope extended(String province, UUID dossier, String at, String dueBefore, String dueAfter) {
        return event(province, new DossierExtended(dossier, "HS", "SKHCN-" + province, vn(at), "Cần xác minh thêm",
                "lanhdao." + province, vn(dueBefore), vn(dueAfter), null), at);
    }

    static EventEnvelope returned(String province, UUID dossier, String at) {
        return event(province, new DossierReturned(dossier, "HS", "SKHCN-" + province, vn(at), ReturnMethod.ONLINE,
                null), at);
    }

    static EventEnvelope withdrawn(String province, UUID dossier, String at) {
        return event(province, new DossierWithdrawn(dossier, "HS", "SKHCN-" + province, vn(at), "Không có nhu cầu",
                null), at);
    }

    static EventEnvelope closed(String province, UUID dossier, String requestedAt, String at) {
        return event(province, new DossierClosed(dossier, "HS", "SKHCN-" + province, vn(at), vn(requestedAt), null),
                at);
    }

    static EventEnvelope papers(String province, UUID dossier, String at) {
        return event(province, new DossierPapersRecorded(dossier, "HS", "SKHCN-" + province, List.of(
                new DossierPapersRecorded.Paper("TK", "Tờ khai", true, null),
                new DossierPapersRecorded.Paper("GP", "Giấy phép", false, "HS-CU-1"),
                new DossierPapersRecorded.Paper("BV", "Bản vẽ", false, null)), vn(at), null), at);
    }

    static EventEnvelope payment(String province, UUID dossier, long amount, boolean online, String at) {
        return event(province, new DossierPaymentRecorded(dossier, "HS", "SKHCN-" + province, amount,
                online ? "ONLINE_PORTAL" : "CASH", online, "BL-" + dossier.toString().substring(0, 8), vn(at), null),
                at);
    }

    static ProcedureTerms terms(int version, String effectiveFrom, String field, long... fees) {
        return new ProcedureTerms(version, LocalDate.parse(effectiveFrom), null, null, "Cấp giấy phép thử nghiệm",
                field, "SKHCN-20", ProcedureTerms.IssuingLevel.CENTRAL, ProcedureTerms.Mechanism.ONE_STOP, List.of(),
                ProcedureTerms.OnlineMode.FULL, true, false, false,
                java.util.Arrays.stream(fees).mapToObj(f -> new ProcedureTerms.Fee("Lệ phí", f)).toList(),
                List.of("Tờ khai"), List.of(new ProcedureTerms.CaseVariant("CHUNG", "Chung",
                        new ProcedureTerms.TimeLimit(10, ProcedureTerms.TimeUnit.WORKING_DAYS))), List.of(),
                new ProcedureTerms.Decision("QĐ " + version + "/QĐ-UBND", LocalDate.parse(effectiveFrom).minusDays(10),
                        "UBND tỉnh"));
    }

    static EventEnvelope published(String province, UUID procedure, String code, ProcedureTerms terms) {
        return event(province, new ProcedurePublished(procedure, code, terms, vn("2033-01-01T08:00")),
                "2033-01-01T08:00");
    }

    static EventEnvelope amended(String province, UUID procedure, String code, ProcedureTerms terms) {
        return event(province, new ProcedureAmended(procedure, code, terms, vn("2033-01-02T08:00")),
                "2033-01-02T08:00");
    }

    static EventEnvelope abolished(String province, UUID procedure, String code, String effectiveFrom) {
        return event(province, new ProcedureAbolished(procedure, code, 2, LocalDate.parse(effectiveFrom),
                new ProcedureTerms.Decision("QĐ 99/QĐ-UBND", LocalDate.parse("2033-08-20"), "UBND tỉnh"),
                vn("2033-08-21T08:00")), "2033-08-21T08:00");
    }

    static EventEnvelope agency(String province, String code, String name, int revision, AgencyChanged.Field... fields) {
        return event(province, new AgencyChanged(province, code, "000.00.15.H43", name, null,
                LocalDate.parse("2020-01-01"), null, List.of(new AgencyChanged.Unit("QLCN", null,
                        "Phòng Quản lý công nghệ", "PROFESSIONAL_UNIT")), List.of(fields), revision,
                vn("2033-01-01T08:00")), "2033-01-01T08:00");
    }

    static EventEnvelope calendar(String province, int revision, CalendarChanged.ReportingCutoff... cutoffs) {
        return event(province, new CalendarChanged(province, revision, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of(), vn("2033-01-01T08:00"),
                List.of(cutoffs)), "2033-01-01T08:00");
    }

    static EventEnvelope rating(String province, UUID dossier, String at, int... scores) {
        List<RatingSubmitted.RatedContent> contents = new java.util.ArrayList<>();
        String[] names = {"THOI_GIAN", "THAI_DO", "KET_QUA"};
        for (int i = 0; i < scores.length; i++) {
            contents.add(new RatingSubmitted.RatedContent(names[i], scores[i]));
        }
        return event(province, new RatingSubmitted(dossier, "HS", "SKHCN-" + province, "PUBLIC_PAGE", contents,
                false, vn(at)), at);
    }

    static EventEnvelope scorecard(String province, String subject, int revision, String total) {
        return event(province, new ScorecardChanged(province, "AGENCY", subject, "QUARTER", "2033-Q2",
                LocalDate.parse("2033-03-15"), LocalDate.parse("2033-06-14"),
                List.of(new ScorecardChanged.IndicatorScore(1, new BigDecimal("2.0"), 3)), new BigDecimal(total),
                new BigDecimal("18.0"), "TOT", 3, revision, vn("2033-06-20T08:00"),
                List.of(new ScorecardChanged.IndexGroup(1, "Công khai, minh bạch", new BigDecimal("17.5"),
                        new BigDecimal("20")))), "2033-06-20T08:00");
    }

    /** Every row of a query, each row's columns joined by {@code |}, rows by newline. */
    static String rows(DataSource db, String sql, Object... params) {
        try (var c = db.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var r = ps.executeQuery()) {
                StringBuilder out = new StringBuilder();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    for (int i = 1; i <= columns; i++) {
                        out.append(i > 1 ? "|" : "").append(r.getString(i));
                    }
                }
                return out.toString();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time column shown in Vietnam's local time, e.g. {@code 2033-03-02 09:00:00}. */
    static String local(String column) {
        return "(" + column + " at time zone 'Asia/Ho_Chi_Minh')";
    }
}
