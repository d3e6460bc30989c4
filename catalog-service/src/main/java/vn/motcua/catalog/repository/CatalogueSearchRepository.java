package vn.motcua.catalog.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.motcua.catalog.service.CatalogueSearchRows.Filters;
import vn.motcua.catalog.service.CatalogueSearchRows.Page;
import vn.motcua.catalog.service.CatalogueSearchRows.Procedure;
import vn.motcua.catalog.service.CatalogueSearchRows.Summary;
import vn.motcua.catalog.service.CatalogueSearchRows.Version;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * The public catalogue's reads, in native SQL on the tables: the Hibernate tenant filter does not apply to native
 * SQL, so every statement names the province itself, and only published versions are ever selected. Plain JDBC on
 * the data source, so that the search benchmark runs exactly these statements outside Quarkus.
 */
@ApplicationScoped
public class CatalogueSearchRepository {
    /** A word in the folded name: the condition V5's trigram index answers. */
    static final String FOLDED_NAME_HOLDS_WORD = " and v.name_folded like '%' || lower(f_unaccent(?)) || '%'";

    /**
     * The same test for a word of one or two letters ("y te", "so do"): pg_trgm draws no trigram from it, so as a LIKE
     * it would make the index read every entry of the province (70 ms in the benchmark); written so that no index
     * takes it, the province's versions in force are read instead and the word checked on each (a few ms).
     */
    static final String FOLDED_NAME_HOLDS_SHORT_WORD = " and strpos(v.name_folded, lower(f_unaccent(?))) > 0";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public CatalogueSearchRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * The procedures of {@code province} in their version in force on {@code on}. With {@code words}, only names
     * holding every word, compared unaccented and in lower case (V5's {@code name_folded}, whose trigram index
     * answers each LIKE), best
     * {@code word_similarity} to the whole query first; ties, and every listing without words, by code.
     */
    public Page search(String province, LocalDate on, List<String> words, Filters filters, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(province, on, words, filters, args);
        List<Object> pageArgs = new ArrayList<>(args);
        if (!words.isEmpty()) {
            pageArgs.add(String.join(" ", words));
        }
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        String sql = pageSql(where, !words.isEmpty());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, pageArgs);
                ResultSet rs = s.executeQuery()) {
            List<Summary> items = new ArrayList<>();
            long total = 0;
            while (rs.next()) {
                total = rs.getLong("total");
                items.add(summary(rs));
            }
            if (items.isEmpty() && page > 0) {
                // past the last page the window has no row to carry the total
                total = count(c, where, args);
            }
            return new Page(total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("the catalogue search failed", e);
        }
    }

    /** The procedure with national {@code code} in {@code province}, abolished or not. */
    public Optional<Procedure> procedure(String province, String code) {
        String sql = """
                select id, code, abolished_from, abolition_decision_number, abolition_decision_date,
                       abolition_decision_issuer
                from procedure where province_code = ? and code = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, List.of(province, code));
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            LocalDate abolishedFrom = rs.getObject("abolished_from", LocalDate.class);
            Decision abolition = abolishedFrom == null ? null : new Decision(rs.getString("abolition_decision_number"),
                    rs.getObject("abolition_decision_date", LocalDate.class), rs.getString("abolition_decision_issuer"));
            return Optional.of(new Procedure(rs.getObject("id", UUID.class), rs.getString("code"), abolishedFrom,
                    abolition));
        } catch (SQLException e) {
            throw new IllegalStateException("reading procedure " + code + " failed", e);
        }
    }

    /** Its published versions, oldest first; drafts never. */
    public List<Version> publishedVersions(String province, UUID procedureId) {
        String sql = """
                select version, effective_from, effective_to, local_code, name, field_code, agency_code,
                       issuing_level, mechanism, cooperating_agencies, online_mode, postal_receipt, postal_return,
                       four_on_the_spot, fees, required_papers, case_variants, decision_number, decision_date,
                       decision_issuer
                from procedure_version
                where province_code = ? and procedure_id = ? and status = 'PUBLISHED'
                order by version""";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = prepare(c, sql, List.of(province, procedureId));
                ResultSet rs = s.executeQuery()) {
            List<Version> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(new Version(rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class), rs.getString("local_code"),
                        rs.getString("name"), rs.getString("field_code"), rs.getString("agency_code"),
                        IssuingLevel.valueOf(rs.getString("issuing_level")),
                        Mechanism.valueOf(rs.getString("mechanism")),
                        read(rs.getString("cooperating_agencies"), new TypeReference<List<String>>() { }),
                        OnlineMode.valueOf(rs.getString("online_mode")), rs.getBoolean("postal_receipt"),
                        rs.getBoolean("postal_return"), rs.getBoolean("four_on_the_spot"),
                        read(rs.getString("fees"), new TypeReference<List<Fee>>() { }),
                        read(rs.getString("required_papers"), new TypeReference<List<String>>() { }),
                        read(rs.getString("case_variants"), new TypeReference<List<CaseVariant>>() { }),
                        new Decision(rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                                rs.getString("decision_issuer"))));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the versions of " + procedureId + " failed", e);
        }
    }

    /**
     * One page of the rows {@code where} selects; {@code ranked}: best word similarity to the query first, which
     * takes the whole query as one more argument before the page size and offset.
     */
    static String pageSql(String where, boolean ranked) {
        return """
                select p.code, v.local_code, v.name, v.field_code, v.agency_code, v.issuing_level, v.mechanism,
                       v.online_mode, v.postal_receipt, v.postal_return, v.four_on_the_spot, v.version,
                       v.effective_from, v.effective_to, count(*) over () as total
                """ + where
                + (ranked ? " order by word_similarity(lower(f_unaccent(?)), v.name_folded) desc, p.code"
                        : " order by p.code")
                + " limit ? offset ?";
    }

    /** The conditions, with their arguments added to {@code args} in order; values are always parameters. */
    static String where(String province, LocalDate on, List<String> words, Filters filters, List<Object> args) {
        StringBuilder sql = new StringBuilder("""
                from procedure_version v
                join procedure p on p.id = v.procedure_id
                where v.province_code = ? and p.province_code = ? and v.status = 'PUBLISHED'
                  and v.effective_from <= ? and (v.effective_to is null or v.effective_to > ?)
                  and (p.abolished_from is null or p.abolished_from > ?)""");
        args.addAll(List.of(province, province, on, on, on));
        if (filters.agency() != null) {
            sql.append(" and v.agency_code = ?");
            args.add(filters.agency());
        }
        if (filters.field() != null) {
            sql.append(" and v.field_code = ?");
            args.add(filters.field());
        }
        if (filters.mechanism() != null) {
            sql.append(" and v.mechanism = ?");
            args.add(filters.mechanism().name());
        }
        if (filters.onlineMode() != null) {
            sql.append(" and v.online_mode = ?");
            args.add(filters.onlineMode().name());
        }
        for (String word : words) {
            // words hold letters and digits only, so nothing in them is a LIKE wildcard
            sql.append(word.length() < 3 ? FOLDED_NAME_HOLDS_SHORT_WORD : FOLDED_NAME_HOLDS_WORD);
            args.add(word);
        }
        return sql.toString();
    }

    private static long count(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement s = prepare(c, "select count(*) " + where, args); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
        return s;
    }

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getString("code"), rs.getString("local_code"), rs.getString("name"),
                rs.getString("field_code"), rs.getString("agency_code"),
                IssuingLevel.valueOf(rs.getString("issuing_level")), Mechanism.valueOf(rs.getString("mechanism")),
                OnlineMode.valueOf(rs.getString("online_mode")), rs.getBoolean("postal_receipt"),
                rs.getBoolean("postal_return"), rs.getBoolean("four_on_the_spot"), rs.getInt("version"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class));
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list is not the JSON it should be: " + value, e);
        }
    }
}
