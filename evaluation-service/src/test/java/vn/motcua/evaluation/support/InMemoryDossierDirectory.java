package vn.motcua.evaluation.support;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.evaluation.domain.EvaluationContext;
import vn.motcua.evaluation.service.DossierDirectory;
import vn.motcua.platform.tenant.TenantContext;

/**
 * STAND-IN until the core helper's projection-backed DossierDirectory is merged (remove this folder then): the
 * dossiers the signals tests put here, seen only by their province; weekends and two 2026 holidays off.
 */
@DefaultBean
@ApplicationScoped
public class InMemoryDossierDirectory implements DossierDirectory {
    /** Giỗ Tổ is 26/4 (a Sunday in 2026, moved to Mon 27/4 only by a decision the test does not assume). */
    public static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 2));

    private final Map<UUID, DossierSummary> dossiers = new ConcurrentHashMap<>();

    @Inject
    TenantContext tenant;

    public void put(DossierSummary dossier) {
        dossiers.put(dossier.dossierId(), dossier);
    }

    @Override
    public Optional<DossierSummary> find(UUID dossierId) {
        return Optional.ofNullable(dossiers.get(dossierId)).filter(this::inProvince);
    }

    @Override
    public Optional<DossierSummary> findByCode(String dossierCode) {
        return dossiers.values().stream().filter(d -> d.dossierCode().equals(dossierCode)).filter(this::inProvince)
                .findFirst();
    }

    @Override
    public EvaluationContext context(String province) {
        return new EvaluationContext(EvaluationContext.VIETNAM, day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day));
    }

    @Override
    public int cutoffDay(String province, LocalDate day) {
        return 15;
    }

    private boolean inProvince(DossierSummary d) {
        return tenant.require().value().equals(d.province());
    }
}
