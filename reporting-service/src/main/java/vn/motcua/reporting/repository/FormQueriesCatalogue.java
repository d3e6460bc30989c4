package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.reporting.domain.CatalogueEntry;

/**
 * The catalogue of a day and its changes in a period, for form II.03b and the catalogue rates. A procedure is in the
 * catalogue on {@code to} when a version has {@code effective_from <= to} and ({@code effective_to} null or
 * {@code >= to}) and no abolition has {@code effective_from <= to}; it counts in its latest such version. Native SQL:
 * the province is named by each query.
 */
@ApplicationScoped
public class FormQueriesCatalogue {
    static final String IN_FORCE = """
            select distinct on (v.procedure_id) v.*
            from procedure_version_fact v
            where v.province_code = :province and (:agency = '' or v.agency = :agency)
              and v.effective_from <= :to and (v.effective_to is null or v.effective_to >= :to)
              and not exists (select 1 from procedure_abolition_fact a where a.province_code = v.province_code
                              and a.procedure_id = v.procedure_id and a.effective_from <= :to)
            order by v.procedure_id, v.version desc""";

    private static final String ENTRIES = """
            select 'IN_FORCE', c.field_code, c.issuing_level, c.mechanism, c.online_mode, c.postal_receipt,
                   c.postal_return, c.four_on_the_spot, null, null
            from (%s) c
            union all
            select case when v.version = 1 then 'PUBLISHED' else 'AMENDED' end, v.field_code, v.issuing_level,
                   v.mechanism, v.online_mode, false, false, false, v.decision_number, v.decision_date
            from procedure_version_fact v
            where v.province_code = :province and (:agency = '' or v.agency = :agency)
              and v.effective_from >= :from and v.effective_from <= :to
            union all
            select 'ABOLISHED', v.field_code, v.issuing_level, v.mechanism, v.online_mode, false, false, false,
                   a.decision_number, a.decision_date
            from procedure_abolition_fact a
            join lateral (select * from procedure_version_fact v where v.province_code = a.province_code
                          and v.procedure_id = a.procedure_id order by v.version desc limit 1) v on true
            where a.province_code = :province and (:agency = '' or v.agency = :agency)
              and a.effective_from >= :from and a.effective_from <= :to""".formatted(IN_FORCE);

    @Inject
    EntityManager em;

    /** The procedures in force on {@code to} and the publications, amendments and abolitions of [from, to]. */
    public List<CatalogueEntry> entries(String province, Optional<String> agency, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery(ENTRIES).setParameter("province", province)
                .setParameter("agency", agency.orElse("")).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CatalogueEntry(
                CatalogueEntry.Kind.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (Boolean) r[5], (Boolean) r[6], (Boolean) r[7], (String) r[8],
                r[9] == null ? null : FormQueries.date(r[9]))).toList();
    }
}
