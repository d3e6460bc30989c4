package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.events.ProvinceCode;

/**
 * Mã hồ sơ: province, reception date and a daily sequence of that province (Circular 01/2018/TT-VPCP Art. 19:
 * "YYMMDD-XXXX", four digits, more when a day has more dossiers; Decree 118/2025 Art. 28 cl. 2). Each province
 * counts its own, so a code reveals nothing of another province's volume. The counter row is locked until the
 * reception commits: receptions of one province and day are serialised for that short time.
 */
@ApplicationScoped
public class DossierNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    @Inject
    EntityManager em;

    /**
     * The next code for a dossier of {@code agency} accepted on {@code day}; joins the caller's transaction (native
     * SQL names the province itself: no tenant filter).
     */
    public String next(ProvinceCode province, String agency, LocalDate day) {
        Number n = (Number) em.createNativeQuery("""
                insert into dossier_counter (province_code, day, last_number) values (?1, ?2, 1)
                on conflict (province_code, day) do update set last_number = dossier_counter.last_number + 1
                returning last_number""")
                .setParameter(1, province.value()).setParameter(2, day).getSingleResult();
        return province.value() + "-" + DAY.format(day) + "-" + String.format("%04d", n.longValue());
    }
}
