package vn.motcua.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.motcua.catalog.domain.CatalogueCounts;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * Selects the rows {@link CatalogueCounts} counts, and decides nothing: the published versions of a province that
 * may be in force on a day or were decided in a period, and its abolitions decided in a period. Native SQL names
 * the province itself (no Hibernate tenant filter applies to it).
 */
@ApplicationScoped
public class CatalogueCountRows {
    private final DataSource dataSource;

    public CatalogueCountRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code agency} null: every agency of the province. */
    public List<CatalogueCounts.Version> versions(String province, LocalDate from, LocalDate to, String agency) {
        String sql = """
                select p.code, v.name, v.version, v.effective_from, v.effective_to, p.abolished_from,
                       v.issuing_level, v.mechanism, v.online_mode, v.postal_receipt, v.postal_return,
                       v.four_on_the_spot, v.decision_number, v.decision_date, v.decision_issuer
                from procedure_version v
                join procedure p on p.id = v.procedure_id
                where v.province_code = ? and p.province_code = ? and v.status = 'PUBLISHED'
                  and ((v.effective_from <= ? and (v.effective_to is null or v.effective_to > ?))
                       or v.decision_date between ? and ?)
                  and (cast(? as varchar) is null or v.agency_code = ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            set(s, province, province, to, to, from, to, agency, agency);
            List<CatalogueCounts.Version> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CatalogueCounts.Version(rs.getString("code"), rs.getString("name"),
                            rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
                            rs.getObject("effective_to", LocalDate.class),
                            rs.getObject("abolished_from", LocalDate.class),
                            IssuingLevel.valueOf(rs.getString("issuing_level")),
                            Mechanism.valueOf(rs.getString("mechanism")),
                            OnlineMode.valueOf(rs.getString("online_mode")), rs.getBoolean("postal_receipt"),
                            rs.getBoolean("postal_return"), rs.getBoolean("four_on_the_spot"),
                            new Decision(rs.getString("decision_number"),
                                    rs.getObject("decision_date", LocalDate.class), rs.getString("decision_issuer"))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("selecting the catalogue's versions failed", e);
        }
    }

    /** Abolitions decided in {@code [from, to]}, with the name and agency of the procedure's last version. */
    public List<CatalogueCounts.Abolition> abolitions(String province, LocalDate from, LocalDate to, String agency) {
        String sql = """
                select p.code, last.name, p.abolished_from, p.abolition_decision_number, p.abolition_decision_date,
                       p.abolition_decision_issuer
                from procedure p
                join lateral (select v.name, v.agency_code from procedure_version v
                              where v.procedure_id = p.id and v.province_code = ? and v.status = 'PUBLISHED'
                              order by v.version desc limit 1) last on true
                where p.province_code = ? and p.abolished_from is not null
                  and p.abolition_decision_date between ? and ?
                  and (cast(? as varchar) is null or last.agency_code = ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            set(s, province, province, from, to, agency, agency);
            List<CatalogueCounts.Abolition> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CatalogueCounts.Abolition(rs.getString("code"), rs.getString("name"),
                            rs.getObject("abolished_from", LocalDate.class),
                            new Decision(rs.getString("abolition_decision_number"),
                                    rs.getObject("abolition_decision_date", LocalDate.class),
                                    rs.getString("abolition_decision_issuer"))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("selecting the catalogue's abolitions failed", e);
        }
    }

    private static void set(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                s.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                s.setObject(i + 1, args[i]);
            }
        }
    }
}
