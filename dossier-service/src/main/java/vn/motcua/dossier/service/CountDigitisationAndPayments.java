package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.dossier.domain.DigitisationCounter;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Counts for the reports: of the dossiers accepted in a period, how many have every paper digitised, a digitised
 * result, a reused paper, a payment, an online payment ({@link DigitisationCounter}). A province admin counts the
 * province, an agency head the agency. The period is in days of the province's calendar zone.
 */
@ApplicationScoped
public class CountDigitisationAndPayments {
    /** Native SQL is not tenant-filtered: the province is named here, from the caller's context. */
    private static final String COUNTS = """
            with accepted as (
                select d.id from dossier d
                where d.province_code = :province and d.received_at >= :from and d.received_at < :to
                  and (:agency = '' or d.agency = :agency))
            select
              (select count(*) from accepted),
              (select count(*) from accepted a
                where exists (select 1 from dossier_paper p where p.dossier_id = a.id)
                  and not exists (select 1 from dossier_paper p where p.dossier_id = a.id and not p.digitised)),
              (select count(*) from accepted a
                where exists (select 1 from dossier_action x where x.dossier_id = a.id and x.action = 'RESOLVE'
                                and x.facts ->> 'resultDigitised' = 'true')),
              (select count(*) from accepted a
                where exists (select 1 from dossier_paper p where p.dossier_id = a.id and p.reused_from is not null)),
              (select count(*) from accepted a
                where exists (select 1 from dossier_payment m where m.dossier_id = a.id)),
              (select count(*) from accepted a
                where exists (select 1 from dossier_payment m where m.dossier_id = a.id and m.online))
            """;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Transactional
    public DigitisationCounts count(Caller caller, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            throw ProblemException.invalidField("to", "must be after from (the period is [from, to))");
        }
        String agency = agencyOf(caller);
        ProvinceCode province = tenant.require();
        ZoneId zone = calendars.of(province).zone();
        Object[] row = (Object[]) em.createNativeQuery(COUNTS)
                .setParameter("province", province.value())
                .setParameter("from", start(from, zone))
                .setParameter("to", start(to, zone))
                .setParameter("agency", agency == null ? "" : agency)
                .getSingleResult();
        Map<DigitisationCounter, Long> counts = new EnumMap<>(DigitisationCounter.class);
        DigitisationCounter[] order = DigitisationCounter.values();
        for (int i = 0; i < order.length; i++) {
            counts.put(order[i], ((Number) row[i]).longValue());
        }
        return new DigitisationCounts(from, to, agency, counts);
    }

    /** Null for the whole province (its admin); the agency of an agency head. */
    private static String agencyOf(Caller caller) {
        if (caller.has(Roles.PROVINCE_ADMIN)) {
            return null;
        }
        return caller.agency().filter(a -> caller.has(Roles.AGENCY_HEAD)).orElseThrow(() -> new ProblemException(
                403, "outside-jurisdiction", "No agency", "An agency head's token names the agency counted."));
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
