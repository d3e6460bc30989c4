package vn.motcua.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;

/** Rows of the read models written straight into the tables, with times in Vietnam local time. */
final class FormRows {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final DataSource dataSource;
    private final String province;

    FormRows(DataSource dataSource, String province) {
        this.dataSource = dataSource;
        this.province = province;
    }

    /** A dossier with its reception due row; {@code resolved} "2031-04-20T10:00 EARLY", "-" when open. */
    UUID dossier(String field, String agency, String channel, String received, String due, String resolved,
            String withdrawn) {
        UUID id = UUID.randomUUID();
        String[] r = resolved == null ? new String[] {null, null} : resolved.split(" ");
        update("insert into dossier_fact (dossier_id, province_code, procedure_code, field_code, agency, channel,"
                        + " received_at, due_at, resolved_at, timeliness, withdrawn_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                id, province, "1.00" + province, field, agency, channel, vn(received), vn(due), vn(r[0]), r[1],
                vn(withdrawn));
        due(id, received, due);
        return id;
    }

    /** A due row: from {@code from} on, due at {@code due} (null: the clock is stopped). */
    void due(UUID dossier, String from, String due) {
        update("insert into dossier_due (dossier_id, province_code, valid_from, due_at) values (?, ?, ?, ?)",
                dossier, province, vn(from), vn(due));
    }

    void set(UUID dossier, String assignment) {
        update("update dossier_fact set " + assignment + " where dossier_id = ?", dossier);
    }

    void cutoff(String validFrom, int day) {
        update("insert into reporting_cutoff_fact (province_code, valid_from, day) values (?, ?, ?)", province,
                LocalDate.parse(validFrom), day);
    }

    void field(String code, String name) {
        update("insert into field_fact (province_code, code, name) values (?, ?, ?)", province, code, name);
    }

    void agency(String code, String name) {
        update("insert into agency_fact (province_code, code, name, revision) values (?, ?, ?, 1)", province, code,
                name);
    }

    /** A procedure version: online mode, flags "postalReceipt fourOnTheSpot feeBearing" as words present. */
    UUID version(UUID procedure, String code, int version, String field, String agency, String level,
            String mechanism, String online, String flags, String effectiveFrom, String decision) {
        UUID id = procedure == null ? UUID.randomUUID() : procedure;
        update("insert into procedure_version_fact (province_code, procedure_id, code, version, name, field_code,"
                        + " agency, issuing_level, mechanism, online_mode, postal_receipt, postal_return,"
                        + " four_on_the_spot, fee_bearing, effective_from, decision_number, published_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                province, id, code, version, "Thủ tục " + code, field, agency, level, mechanism, online,
                flags.contains("postalReceipt"), flags.contains("postalReturn"), flags.contains("fourOnTheSpot"),
                flags.contains("feeBearing"), LocalDate.parse(effectiveFrom), decision);
        return id;
    }

    void abolition(UUID procedure, String code, String effectiveFrom, String decision) {
        update("insert into procedure_abolition_fact (province_code, procedure_id, code, effective_from,"
                + " decision_number) values (?, ?, ?, ?, ?)", province, procedure, code,
                LocalDate.parse(effectiveFrom), decision);
    }

    void scorecard(String kind, String subject, String label, String total, String max, String band, int dossiers,
            String index766) {
        update("insert into scorecard_fact (province_code, subject_kind, subject, period_label, revision, total, max,"
                        + " band, dossiers, body) values (?, ?, ?, ?, 1, ?, ?, ?, ?, cast(? as jsonb))",
                province, kind, subject, label, new java.math.BigDecimal(total), new java.math.BigDecimal(max), band,
                dossiers, "{\"index766\": " + index766 + "}");
    }

    static OffsetDateTime vn(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(VIETNAM).toOffsetDateTime();
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
