package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import vn.motcua.evaluation.domain.ReportingPeriod;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.repository.DirtyScorecard;

/**
 * Marks the scorecards an evaluation counts in (its officers', its unit's, its agency's, its province's, for the
 * quarter and the year of its resolution day), in the transaction that changed it; {@link ScorecardJob}
 * recomputes them.
 */
@ApplicationScoped
public class ScorecardMarks {
    @Inject
    Periods periods;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String province, LocalDate resolvedDay, Collection<String> officers, String agency, String unit) {
        for (ReportingPeriod period : periods.of(province, resolvedDay)) {
            for (String officer : officers) {
                mark(province, SubjectKind.OFFICER, officer, period);
            }
            if (agency != null) {
                if (unit != null) {
                    mark(province, SubjectKind.UNIT, agency + "/" + unit, period);
                }
                mark(province, SubjectKind.AGENCY, agency, period);
            }
            mark(province, SubjectKind.PROVINCE, province, period);
        }
    }

    /** Marks the per-unit scorecards of an agency (feedback about it changed): its own and the province's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markAgency(String province, String agency, LocalDate day) {
        for (ReportingPeriod period : periods.of(province, day)) {
            mark(province, SubjectKind.AGENCY, agency, period);
            mark(province, SubjectKind.PROVINCE, province, period);
        }
    }

    private void mark(String province, SubjectKind kind, String subject, ReportingPeriod period) {
        DirtyScorecard.mark(province, kind.name(), subject, period.label(), clock.instant());
    }
}
