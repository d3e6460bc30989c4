package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeMap;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.evaluation.repository.DirtyScorecard;
import vn.motcua.evaluation.repository.EvaluationRow;
import vn.motcua.platform.transaction.TransactionMemo;

/**
 * Marks the scorecards an evaluation counts in (its officers', its unit's, its agency's, its province's, for the
 * quarter and the year of its resolution day), in the transaction that changed it; {@link ScorecardJob}
 * recomputes them. Marks are written in the order of their ids, so two transactions marking the same scorecards
 * wait for each other instead of deadlocking.
 * <p>
 * A consumer's batch marks the same scorecards for many of its events (every dossier received by an agency marks
 * its units', its own and the province's for the quarter and the year). A mark is written once per transaction:
 * after its first write the transaction holds the mark's row until it commits, so the job cannot take it in
 * between, and it recomputes from everything the transaction committed. For the same reason the units of an agency
 * are read once per transaction and period: a unit whose first evaluation this transaction adds is marked by
 * that evaluation ({@link #mark}).
 */
@ApplicationScoped
public class ScorecardMarks {
    @Inject
    Periods periods;

    @Inject
    Clock clock;

    @Inject
    TransactionMemo memo;

    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String province, LocalDate resolvedDay, Collection<String> officers, String agency, String unit) {
        Marks marks = new Marks(province);
        for (ReportingPeriod period : periods.of(province, resolvedDay)) {
            for (String officer : officers) {
                marks.add(SubjectKind.OFFICER, officer, period);
            }
            if (agency != null) {
                if (unit != null) {
                    marks.add(SubjectKind.UNIT, agency + "/" + unit, period);
                }
                marks.add(SubjectKind.AGENCY, agency, period);
            }
            marks.add(SubjectKind.PROVINCE, province, period);
        }
        marks.write();
    }

    /**
     * Marks the scorecards an agency's per-unit indicators count in (5, 8, 9: a dossier received, a procedure
     * version, feedback): the agency's, its units' that have dossiers in the period, and the province's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markAgency(String province, String agency, LocalDate day) {
        Marks marks = new Marks(province);
        for (ReportingPeriod period : periods.of(province, day)) {
            for (String unit : memo.get(new UnitsIn(agency, period.from(), period.to()),
                    () -> EvaluationRow.unitsIn(agency, period.from(), period.to()))) {
                marks.add(SubjectKind.UNIT, unit, period);
            }
            marks.add(SubjectKind.AGENCY, agency, period);
            marks.add(SubjectKind.PROVINCE, province, period);
        }
        marks.write();
    }

    /** The units with evaluated dossiers of an agency in a period, as this transaction read them. */
    private record UnitsIn(String agency, LocalDate from, LocalDate to) {
    }

    /** A mark this transaction wrote. */
    private record Marked(String id) {
    }

    /** The marks of one change, by id. */
    private final class Marks {
        private final String province;
        private final TreeMap<String, String[]> byId = new TreeMap<>();

        Marks(String province) {
            this.province = province;
        }

        void add(SubjectKind kind, String subject, ReportingPeriod period) {
            byId.put(province + ":" + kind + ":" + subject + ":" + period.label(),
                    new String[] {kind.name(), subject, period.label()});
        }

        void write() {
            byId.forEach((id, m) -> {
                if (memo.firstTime(new Marked(id))) {
                    DirtyScorecard.mark(province, m[0], m[1], m[2], clock.instant());
                }
            });
        }
    }
}
