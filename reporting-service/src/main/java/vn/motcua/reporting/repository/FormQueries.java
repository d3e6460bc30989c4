package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the forms read besides the counts: the province's cut-off history, agency and field names, the provinces that
 * have dossiers, the scorecards. Native SQL is not filtered by tenant: every query names the province itself.
 */
@ApplicationScoped
public class FormQueries {
    @Inject
    EntityManager em;

    /** The province's cut-off day from each date on, oldest first ({@code reporting_cutoff_fact}). */
    public List<Cutoff> cutoffs(String province) {
        List<?> rows = em.createNativeQuery("select valid_from, day from reporting_cutoff_fact"
                        + " where province_code = :province order by valid_from")
                .setParameter("province", province).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Cutoff(date(r[0]), ((Number) r[1]).intValue())).toList();
    }

    public record Cutoff(LocalDate validFrom, int day) {
    }

    /** The agency's name ({@code agency_fact}, the latest revision). */
    public Optional<String> agencyName(String province, String agency) {
        return em.createNativeQuery("select name from agency_fact where province_code = :province and code = :code")
                .setParameter("province", province).setParameter("code", agency).getResultList().stream()
                .map(Object::toString).findFirst();
    }

    /** Field names by code ({@code field_fact}). */
    public Map<String, String> fieldNames(String province) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object r : em.createNativeQuery("select code, name from field_fact where province_code = :province"
                + " order by code").setParameter("province", province).getResultList()) {
            Object[] row = (Object[]) r;
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** Whether the province has at least one dossier fact (one index probe). */
    public boolean hasDossiers(String province) {
        return !em.createNativeQuery("select 1 from dossier_fact where province_code = :province limit 1")
                .setParameter("province", province).getResultList().isEmpty();
    }

    /**
     * The scorecards of the period for the province and its agencies ({@code scorecard_fact}, kinds PROVINCE and
     * AGENCY), the province first, then the agencies by code.
     */
    public List<Scorecard> scorecards(String province, String periodLabel) {
        List<?> rows = em.createNativeQuery("""
                select s.subject_kind, s.subject, coalesce(a.name, s.subject), s.total, s.max, s.band, s.dossiers,
                       cast(s.body -> 'index766' as text)
                from scorecard_fact s
                left join agency_fact a on a.province_code = s.province_code and a.code = s.subject
                    and s.subject_kind = 'AGENCY'
                where s.province_code = :province and s.period_label = :label
                  and s.subject_kind in ('PROVINCE', 'AGENCY')
                order by case s.subject_kind when 'PROVINCE' then 0 else 1 end, s.subject""")
                .setParameter("province", province).setParameter("label", periodLabel).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Scorecard((String) r[0], (String) r[1],
                (String) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (String) r[5], ((Number) r[6]).intValue(),
                (String) r[7])).toList();
    }

    /**
     * @param index766 the JSON array of the Decision 766 groups as the event carried it ({@code [{group, name,
     *                 points, max}]}), null when absent
     */
    public record Scorecard(String kind, String subject, String name, BigDecimal total, BigDecimal max, String band,
            int dossiers, String index766) {
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
