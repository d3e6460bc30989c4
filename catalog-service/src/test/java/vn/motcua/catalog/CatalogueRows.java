package vn.motcua.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Procedures and versions inserted with SQL, straight into V2's tables: the public search and the counts read the
 * tables, whichever code writes them. Each version is published unless {@link Version#draft()} says otherwise.
 */
public final class CatalogueRows {
    private final DataSource dataSource;

    public CatalogueRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A version with plausible defaults: one-stop, set centrally, not online, decided the day it takes effect. */
    public static Version version(String name) {
        return new Version(name);
    }

    /** Inserts procedure {@code code} of {@code province} with {@code versions} numbered 1, 2, ... */
    public UUID procedure(String province, String code, Version... versions) {
        UUID id = UUID.randomUUID();
        boolean published = false;
        for (Version v : versions) {
            published |= !v.draft;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into procedure (id, province_code, code, status, created_at) values (?, ?, ?, ?, ?)""")) {
                s.setObject(1, id);
                s.setString(2, province);
                s.setString(3, code);
                s.setString(4, published ? "PUBLISHED" : "DRAFT");
                s.setObject(5, java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")));
                s.executeUpdate();
            }
            int n = 0;
            for (Version v : versions) {
                insert(c, id, province, ++n, v);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Bãi bỏ from {@code from}, by decision {@code number} of {@code decided}. */
    public void abolish(UUID procedure, LocalDate from, String number, LocalDate decided) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                update procedure set abolished_from = ?, abolition_decision_number = ?, abolition_decision_date = ?,
                       abolition_decision_issuer = 'UBND tỉnh' where id = ?""")) {
            s.setObject(1, from);
            s.setString(2, number);
            s.setObject(3, decided);
            s.setObject(4, procedure);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection c, UUID procedure, String province, int number, Version v)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into procedure_version (id, procedure_id, province_code, version, status, local_code, name,
                    field_code, agency_code, issuing_level, mechanism, online_mode, postal_receipt, postal_return,
                    four_on_the_spot, case_variants, decision_number, decision_date, decision_issuer,
                    effective_from, effective_to, created_at, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")) {
            Instant now = Instant.parse("2020-01-01T00:00:00Z");
            int i = 0;
            s.setObject(++i, UUID.randomUUID());
            s.setObject(++i, procedure);
            s.setString(++i, province);
            s.setInt(++i, number);
            s.setString(++i, v.draft ? "DRAFT" : "PUBLISHED");
            s.setString(++i, v.localCode);
            s.setString(++i, v.name);
            s.setString(++i, v.field);
            s.setString(++i, v.agency);
            s.setString(++i, v.issuingLevel);
            s.setString(++i, v.mechanism);
            s.setString(++i, v.onlineMode);
            s.setBoolean(++i, v.postalReceipt);
            s.setBoolean(++i, v.postalReturn);
            s.setBoolean(++i, v.fourOnTheSpot);
            s.setString(++i, "[{\"code\":\"CHUNG\",\"name\":\"Chung\",\"timeLimit\":{\"value\":" + v.days
                    + ",\"unit\":\"WORKING_DAYS\"}}]");
            s.setString(++i, v.draft ? null : v.decisionNumber);
            s.setObject(++i, v.draft ? null : v.decided != null ? v.decided : v.from);
            s.setString(++i, v.draft ? null : "UBND tỉnh");
            s.setObject(++i, v.from);
            s.setObject(++i, v.to);
            s.setObject(++i, java.sql.Timestamp.from(now));
            s.setObject(++i, v.draft ? null : java.sql.Timestamp.from(now));
            s.executeUpdate();
        }
    }

    /** A version to insert; fluent, mutable, test-only. */
    public static final class Version {
        final String name;
        String localCode;
        String field = "G14-KH01";
        String agency = "SKHCN-20";
        String issuingLevel = "CENTRAL";
        String mechanism = "ONE_STOP";
        String onlineMode = "NONE";
        boolean postalReceipt;
        boolean postalReturn;
        boolean fourOnTheSpot;
        int days = 10;
        String decisionNumber = "1/QĐ-UBND";
        LocalDate decided;
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to;
        boolean draft;

        Version(String name) {
            this.name = name;
        }

        public Version localCode(String v) { localCode = v; return this; }
        public Version field(String v) { field = v; return this; }
        public Version agency(String v) { agency = v; return this; }
        public Version issuingLevel(String v) { issuingLevel = v; return this; }
        public Version mechanism(String v) { mechanism = v; return this; }
        public Version onlineMode(String v) { onlineMode = v; return this; }
        public Version postal(boolean receipt, boolean ret) { postalReceipt = receipt; postalReturn = ret; return this; }
        public Version fourOnTheSpot(boolean v) { fourOnTheSpot = v; return this; }
        public Version days(int v) { days = v; return this; }
        public Version decision(String number, LocalDate date) { decisionNumber = number; decided = date; return this; }
        public Version from(LocalDate v) { from = v; return this; }
        public Version to(LocalDate v) { to = v; return this; }
        public Version draft() { draft = true; from = null; return this; }
    }
}
