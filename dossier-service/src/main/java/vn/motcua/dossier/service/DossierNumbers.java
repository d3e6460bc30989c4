package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.motcua.events.ProvinceCode;

/**
 * Mã hồ sơ in the legal form {@code <issuer>-YYMMDD-NNNN}: the issuer's official code under QCVN 102:2016
 * (Circular 10/2016/TT-BTTTT), the reception date, and a daily sequence of that issuer of four digits, more when a
 * day has more dossiers (Circular 01/2018/TT-VPCP Art. 19; Decree 118/2025 Art. 28 cl. 2), e.g.
 * {@code 000.00.15.H20-260212-0001}.
 *
 * <p>The issuer is the competent agency, whatever the channel. Decree 118/2025 Art. 28 cl. 2 names the national
 * portal's identifier for a dossier filed online (and the receiving one-stop's for an inter-connected group at the
 * desk): the portal numbers what it receives in its own system, and that number travels with the dossier as the
 * portal's reference; the code given here is the one the agency's register and receipt carry, one sequence per
 * agency and day, so that a day's sequence counts the agency's dossiers, as Circular 01/2018 Art. 19 meant it.
 *
 * <p>Until the catalogue has announced the agency (catalog.organisation.v1, kept in {@code agency_replica}), its
 * official code is unknown: the code is then the province's, {@code <province>-YYMMDD-NNNN}, from the province's
 * own daily sequence, and a log line says so once per agency. A code is never changed after it is printed, so
 * dossiers received before the agency arrived keep it.
 *
 * <p>Concurrency: the counter row of the issuer and day is locked by the upsert until the reception commits, so
 * receptions of one issuer and day are serialised for that short time and get consecutive numbers. A reception
 * that rolls back gives its number back; a gap (a number skipped) would still be a valid code: nothing relies on
 * the sequence having none.
 */
@ApplicationScoped
public class DossierNumbers {
    private static final Logger LOG = Logger.getLogger(DossierNumbers.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    EntityManager em;

    private final Set<String> withoutOfficialCode = ConcurrentHashMap.newKeySet();

    /**
     * The next code for a dossier of {@code agency} accepted on {@code day}; joins the caller's transaction (native
     * SQL names the province itself: no tenant filter).
     */
    public String next(ProvinceCode province, String agency, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<String> official = em.createNativeQuery(
                "select official_code from agency_replica where province_code = ?1 and code = ?2")
                .setParameter(1, province.value()).setParameter(2, agency).getResultList();
        if (official.isEmpty()) {
            if (withoutOfficialCode.add(province.value() + ":" + agency)) {
                LOG.infof("agency %s of province %s has not been announced by the catalogue yet: its dossier codes "
                        + "carry the province code until its official code (QCVN 102) arrives", agency, province);
            }
            Number n = (Number) em.createNativeQuery("""
                    insert into dossier_counter (province_code, day, last_number) values (?1, ?2, 1)
                    on conflict (province_code, day) do update set last_number = dossier_counter.last_number + 1
                    returning last_number""")
                    .setParameter(1, province.value()).setParameter(2, day).getSingleResult();
            return code(province.value(), day, n);
        }
        String issuer = official.getFirst();
        Number n = (Number) em.createNativeQuery("""
                insert into dossier_issuer_counter (province_code, issuer, day, last_number) values (?1, ?2, ?3, 1)
                on conflict (province_code, issuer, day)
                do update set last_number = dossier_issuer_counter.last_number + 1
                returning last_number""")
                .setParameter(1, province.value()).setParameter(2, issuer).setParameter(3, day).getSingleResult();
        return code(issuer, day, n);
    }

    private static String code(String issuer, LocalDate day, Number n) {
        return issuer + "-" + DAY.format(day) + "-" + String.format("%04d", n.longValue());
    }
}
