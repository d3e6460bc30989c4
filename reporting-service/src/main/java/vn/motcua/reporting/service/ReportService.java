package vn.motcua.reporting.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.AccessRules.ReportGrant;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.config.ReportingConfig;
import vn.motcua.reporting.domain.DossierResults;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.repository.DossierFact;

/** Periodic reports of one province, read from the dossier facts. */
@ApplicationScoped
public class ReportService {
    @Inject
    TenantRunner tenants;

    @Inject
    ReportingConfig config;

    @Inject
    Clock clock;

    /**
     * Kết quả giải quyết TTHC of a calendar quarter, of the province {@link AccessRules#reportGrant} grants. Read
     * through the same Hibernate tenant filter as every other read: a national auditor's reading of another
     * province runs as that province, never as a query without the filter.
     */
    public QuarterlyReport quarterly(Caller caller, int year, int quarter, Optional<ProvinceCode> requested) {
        ProvinceCode province = switch (AccessRules.reportGrant(caller, requested)) {
            case ReportGrant.Granted granted -> granted.province();
            case ReportGrant.MustNameProvince none ->
                    throw ProblemException.invalidField("province", "a national auditor names the province to read");
            case ReportGrant.Refused refused -> throw new ProblemException(403, "foreign-province", "Another province",
                    "Only national roles read another province's reports; yours is "
                            + caller.province().map(ProvinceCode::value).orElse("none") + ".");
        };
        ReportPeriod period = ReportPeriod.calendarQuarter(year, quarter, config.zone()).asOf(clock.instant());
        DossierResults results = tenants.callAs(province, () -> {
            try (Stream<DossierFact> facts = touching(period)) {
                return DossierResults.count(period, facts.map(f -> new DossierResults.Dossier(f.channel,
                        f.receivedAt, f.dueAt, f.resolvedAt, f.timeliness)));
            }
        });
        return new QuarterlyReport(province, period, results);
    }

    /**
     * Every dossier that may count in the period: received or resolved in it, or still open at its end.
     * A coarse filter only; {@link DossierResults#count} decides.
     */
    private static Stream<DossierFact> touching(ReportPeriod period) {
        return DossierFact.stream("(receivedAt >= :start and receivedAt < :end)"
                        + " or (resolvedAt >= :start and resolvedAt < :end)"
                        + " or (receivedAt < :end and (resolvedAt is null or resolvedAt >= :end))",
                Parameters.with("start", period.start()).and("end", period.end()));
    }
}
