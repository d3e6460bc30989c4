package vn.motcua.reporting.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantContext;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.domain.DossierResults;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.repository.DossierFact;

/** Periodic reports of one province, read from the dossier facts. */
@ApplicationScoped
public class ReportService {
    @Inject
    TenantContext tenant;

    @Inject
    TenantRunner tenants;

    @Inject
    SecurityIdentity caller;

    @Inject
    java.time.Clock clock;

    /**
     * Kết quả giải quyết TTHC of a calendar quarter. Reads as the province {@link #jurisdiction} grants, through
     * the same Hibernate tenant filter as every other read: a national auditor's reading of another province
     * is an explicit override, never a query without the filter.
     */
    public QuarterlyReport quarterly(int year, int quarter, Optional<String> requestedProvince) {
        ProvinceCode province = jurisdiction(requestedProvince);
        ReportPeriod period = ReportPeriod.calendarQuarter(year, quarter).asOf(clock.instant());
        AtomicReference<DossierResults> results = new AtomicReference<>();
        tenants.inTransactionAs(province, () -> {
            try (Stream<DossierFact> facts = DossierFact.touching(period)) {
                results.set(DossierResults.count(period, facts.map(DossierFact::timeline)));
            }
        });
        return new QuarterlyReport(province, period, results.get());
    }

    /**
     * The caller's own province; another one only for national roles, and only when named (ARCHITECTURE §5:
     * cross-province reading exists for national roles, on report endpoints, explicitly).
     */
    ProvinceCode jurisdiction(Optional<String> requested) {
        Optional<ProvinceCode> own = tenant.province();
        boolean national = caller.hasRole(Roles.NATIONAL_AUDITOR);
        if (requested.isEmpty()) {
            if (own.isEmpty() && national) {
                throw ProblemException.invalidField("province", "a national auditor names the province to read");
            }
            return tenant.require();
        }
        ProvinceCode named = new ProvinceCode(requested.get());
        if (national || own.filter(named::equals).isPresent()) {
            return named;
        }
        throw new ProblemException(403, "foreign-province", "Another province",
                "Only national roles read another province's reports; yours is "
                        + own.map(ProvinceCode::value).orElse("none") + ".");
    }
}
