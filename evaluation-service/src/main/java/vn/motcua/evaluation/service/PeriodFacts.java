package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.domain.UnitPeriodFacts;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.Channel;
import vn.motcua.events.Timeliness;
import vn.motcua.platform.transaction.TransactionMemo;

/**
 * What an agency, one of its units or the whole province did in a period, counted from the projection (imported
 * dossiers included: they are the agency's history): the input of the per-unit indicators 5, 8 and 9 (Circular
 * 01/2018/TT-VPCP Art. 14 cl. 2). A dossier counts as received on its acceptance day and resolved on its
 * resolution day, in the province's zone.
 */
@ApplicationScoped
public class PeriodFacts {
    @Inject
    ProcedureVersions procedures;

    @Inject
    CitizenSignals signals;

    @Inject
    TransactionMemo memo;

    /**
     * @param agency null for the province
     * @param unit   null for the agency as a whole; a unit's dossiers are those that passed through it
     */
    public UnitPeriodFacts of(String agency, String unit, ReportingPeriod period, ZoneId zone) {
        List<DossierRow> rows = dossiers(agency, period, zone).stream()
                .filter(d -> unit == null || throughUnit(d, unit)).toList();
        int received = 0;
        int receivedOnline = 0;
        int outsideOneStop = 0;
        int resolved = 0;
        int onlineLate = 0;
        for (DossierRow d : rows) {
            boolean online = d.channel != null && Channel.valueOf(d.channel).online();
            if (in(d.receivedAt, period, zone)) {
                received++;
                receivedOnline += online ? 1 : 0;
                // at the department itself, not through the one-stop desk (Decree 118/2025 Art. 14)
                outsideOneStop += Channel.DIRECT_AGENCY.name().equals(d.channel) ? 1 : 0;
            }
            if (d.resolution != null && in(d.resolvedAt, period, zone)) {
                resolved++;
                onlineLate += online && d.resolution.timeliness() == Timeliness.LATE ? 1 : 0;
            }
        }
        // every return method (desk, post, online) goes through the one-stop (Decree 118/2025 Art. 22)
        return new UnitPeriodFacts(agency, unit, period, procedures.latestInForceIn(agency, period), received,
                receivedOnline, outsideOneStop, resolved, 0, onlineLate, signals.feedbackOf(agency, period));
    }

    /**
     * The dossiers of the agency (every agency when null) submitted, received or resolved in the period; read once
     * per transaction, as a run of the scorecard job recomputes the agency's, its units' and the province's
     * scorecards of the same periods, each from these rows (the job changes none of them).
     */
    public List<DossierRow> dossiers(String agency, ReportingPeriod period, ZoneId zone) {
        Instant from = start(period, zone);
        Instant to = end(period, zone);
        return memo.get(new Touching(agency, from, to), () -> DossierRow.touching(agency, from, to));
    }

    /** The dossiers of an agency (null: the province) touching {@code [from, to)}, as this transaction read them. */
    private record Touching(String agency, Instant from, Instant to) {
    }

    static boolean in(Instant at, ReportingPeriod period, ZoneId zone) {
        return at != null && period.contains(at.atZone(zone).toLocalDate());
    }

    static Instant start(ReportingPeriod period, ZoneId zone) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    static Instant end(ReportingPeriod period, ZoneId zone) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean throughUnit(DossierRow d, String unit) {
        return d.steps.stream().anyMatch(s -> unit.equals(s.toUnit()))
                || d.resolution != null && Objects.equals(unit, d.resolution.unit());
    }
}
