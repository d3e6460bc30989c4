package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;

/**
 * Builds a dossier's {@link DossierFacts} from its projection row, the procedure version in force on its reception
 * day (which may arrive after the dossier: the facts are rebuilt on every change, so a late version is simply there
 * the next time) and what the applicant and the public said ({@link CitizenSignals}).
 */
@ApplicationScoped
public class FactsAssembler {
    /** Decree 118/2025 takes effect on 1/7/2025 (Art. 40 cl. 1); a dossier without a rule set is judged by its day. */
    static final LocalDate DECREE_118_FROM = LocalDate.of(2025, 7, 1);

    @Inject
    ProcedureVersions procedures;

    @Inject
    CitizenSignals signals;

    public DossierFacts of(DossierRow d, String province, ZoneId zone) {
        LocalDate receptionDay = d.receivedAt == null ? null : d.receivedAt.atZone(zone).toLocalDate();
        return new DossierFacts(d.dossierId, d.dossierCode, province, d.agency, d.procedureCode,
                d.procedureVersion, procedures.of(d.procedureCode, d.procedureVersion, receptionDay),
                d.channel == null ? null : Channel.valueOf(d.channel), ruleSet(d, zone), d.submittedAt, d.receivedAt,
                d.acceptedBy, d.dueAt, d.originalDueAt, d.receptionRequests, d.supplements,
                java.util.Optional.ofNullable(d.extension), d.steps, java.util.Optional.ofNullable(d.resolution),
                d.returnedAt, d.withdrawnAt, d.closedAt, d.papers, d.payments, signals.ratingOf(d.dossierId),
                signals.complaintsAbout(d.dossierId), d.imported);
    }

    /** The rule set dossier-service fixed on its reception day, or the one in force that day when not told. */
    static RuleSet ruleSet(DossierRow d, ZoneId zone) {
        if (d.ruleSet != null) {
            return RuleSet.valueOf(d.ruleSet);
        }
        java.time.Instant day = d.receivedAt != null ? d.receivedAt : d.submittedAt;
        return day != null && day.atZone(zone).toLocalDate().isBefore(DECREE_118_FROM) ? RuleSet.DECREE_61_2018
                : RuleSet.DECREE_118_2025;
    }
}
