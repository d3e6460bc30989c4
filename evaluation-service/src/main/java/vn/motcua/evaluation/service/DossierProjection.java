package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.DomainEvent;
import vn.motcua.events.DossierClosed;
import vn.motcua.events.DossierExtended;
import vn.motcua.events.DossierHandedOver;
import vn.motcua.events.DossierPapersRecorded;
import vn.motcua.events.DossierPapersRequested;
import vn.motcua.events.DossierPaymentRecorded;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.DossierReturned;
import vn.motcua.events.DossierSubmitted;
import vn.motcua.events.DossierSupplementRequested;
import vn.motcua.events.DossierSupplemented;
import vn.motcua.events.DossierWithdrawn;

/**
 * Folds one dossier event into the dossier's projection row (what {@link DossierFacts} is built from). The events of
 * one dossier come in order (one partition per dossier) and the inbox applies each once, so each event only sets
 * what it tells; an event of a dossier whose earlier events were never seen (an import that starts at the
 * resolution) creates the row with what it carries.
 *
 * @return the dossier the event was about, or empty for events evaluation does not use (nearing due, overdue)
 */
@ApplicationScoped
public class DossierProjection {
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> apply(DomainEvent event) {
        List<DossierRow> created = new ArrayList<>(1);
        switch (event) {
            case DossierSubmitted e -> {
                DossierRow d = row(e.dossierId(), created);
                d.agency = e.agency();
                d.procedureCode = e.procedureCode();
                d.channel = e.channel().name();
                d.submittedAt = e.submittedAt();
                d.ruleSet = e.ruleSet() == null ? d.ruleSet : e.ruleSet().name();
                d.imported |= Boolean.TRUE.equals(e.imported());
            }
            case DossierPapersRequested e -> {
                DossierRow d = row(e.dossierId(), created);
                d.receptionRequests++;
                d.imported |= Boolean.TRUE.equals(e.imported());
            }
            case DossierReceived e -> {
                DossierRow d = row(e.dossierId(), created);
                d.dossierCode = e.dossierCode();
                d.procedureCode = e.procedureCode();
                d.agency = e.agency();
                d.channel = e.channel().name();
                d.receivedAt = e.receivedAt();
                d.dueAt = e.dueAt();
                d.originalDueAt = e.dueAt();
                d.procedureVersion = e.procedureVersion();
                d.ruleSet = e.ruleSet() == null ? d.ruleSet : e.ruleSet().name();
                d.submittedAt = e.submittedAt() != null ? e.submittedAt()
                        : d.submittedAt != null ? d.submittedAt : e.receivedAt();
                d.acceptedBy = e.acceptedBy();
                d.imported |= Boolean.TRUE.equals(e.imported());
            }
            case DossierSupplementRequested e -> {
                DossierRow d = row(e.dossierId(), created);
                List<DossierFacts.Supplement> supplements = new ArrayList<>(d.supplements);
                int number = e.requestNumber() == null ? supplements.size() + 1 : e.requestNumber();
                supplements.add(new DossierFacts.Supplement(number, requester(d, e.agency()), e.requestedAt(), null,
                        !Boolean.FALSE.equals(e.withinWindow())));
                d.supplements = supplements;
                d.imported |= Boolean.TRUE.equals(e.imported());
            }
            case DossierSupplemented e -> {
                DossierRow d = row(e.dossierId(), created);
                List<DossierFacts.Supplement> supplements = new ArrayList<>();
                boolean matched = false;
                for (DossierFacts.Supplement s : d.supplements) {
                    if (!matched && s.completedAt() == null
                            && (e.requestNumber() == null || e.requestNumber() == s.number())) {
                        s = new DossierFacts.Supplement(s.number(), s.agency(), s.requestedAt(), e.completedAt(),
                                s.withinWindow());
                        matched = true;
                    }
                    supplements.add(s);
                }
                if (!matched) {
                    supplements.add(new DossierFacts.Supplement(e.requestNumber() == null ? supplements.size() + 1
                            : e.requestNumber(), e.agency(), e.requestedAt(), e.completedAt(), true));
                }
                d.supplements = supplements;
                d.dueAt = e.dueAfter();
            }
            case DossierExtended e -> {
                DossierRow d = row(e.dossierId(), created);
                d.extension = new DossierFacts.Extension(e.extendedAt(), e.dueBefore(), e.dueAfter());
                d.dueAt = e.dueAfter();
            }
            case DossierHandedOver e -> {
                DossierRow d = row(e.dossierId(), created);
                d.steps = withStep(d.steps, new DossierFacts.Step(e.stepNumber() == null ? d.steps.size() + 1
                        : e.stepNumber(), e.fromUnit(), e.toAgency(), e.toUnit(), e.toOfficer(), e.handedOverAt(),
                        e.stepDueAt(), Boolean.TRUE.equals(e.interAgency())));
            }
            case DossierResolved e -> {
                DossierRow d = row(e.dossierId(), created);
                d.dossierCode = e.dossierCode();
                d.procedureCode = e.procedureCode();
                d.agency = e.agency();
                d.channel = e.channel().name();
                d.receivedAt = d.receivedAt != null ? d.receivedAt : e.receivedAt();
                d.dueAt = e.dueAt();
                d.originalDueAt = e.originalDueAt() != null ? e.originalDueAt()
                        : d.originalDueAt != null ? d.originalDueAt : e.dueAt();
                d.procedureVersion = d.procedureVersion != null ? d.procedureVersion : e.procedureVersion();
                d.ruleSet = e.ruleSet() != null ? e.ruleSet().name() : d.ruleSet;
                d.resolution = new DossierFacts.Resolution(e.resolvedAt(), e.timeliness(), e.outcome(),
                        e.unit() != null ? e.unit() : d.steps.isEmpty() ? null : d.steps.getLast().toUnit(),
                        e.officer(), e.electronicResult(), e.resultDigitised());
                d.resolvedAt = e.resolvedAt();
                d.imported |= Boolean.TRUE.equals(e.imported());
            }
            case DossierReturned e -> row(e.dossierId(), created).returnedAt = e.returnedAt();
            case DossierWithdrawn e -> row(e.dossierId(), created).withdrawnAt = e.withdrawnAt();
            case DossierClosed e -> row(e.dossierId(), created).closedAt = e.closedAt();
            case DossierPapersRecorded e -> {
                DossierRow d = row(e.dossierId(), created);
                List<DossierFacts.Paper> papers = new ArrayList<>(d.papers);
                for (DossierPapersRecorded.Paper p : e.papers()) {
                    papers.removeIf(known -> known.code().equals(p.code()));
                    papers.add(new DossierFacts.Paper(p.code(), p.digitised(), p.reusedFrom() != null));
                }
                d.papers = papers;
            }
            case DossierPaymentRecorded e -> {
                DossierRow d = row(e.dossierId(), created);
                List<DossierFacts.Payment> payments = new ArrayList<>(d.payments);
                payments.add(new DossierFacts.Payment(e.amount() == null ? 0 : e.amount(),
                        Boolean.TRUE.equals(e.online()), e.paidAt()));
                d.payments = payments;
            }
            default -> {
                return Optional.empty();
            }
        }
        // persisted once filled: Hibernate inserts the state a row has when persisted, and sent an update after it
        created.forEach(row -> row.persist());
        return Optional.of(dossierOf(event));
    }

    private static UUID dossierOf(DomainEvent event) {
        return UUID.fromString(event.aggregateId());
    }

    /**
     * Who asked the supplement (indicator 4 counts the agencies the applicant had to deal with): the co-operating
     * agency holding the dossier when it was handed to one (liên thông), else the agency of the event.
     */
    private static String requester(DossierRow d, String agency) {
        if (!d.steps.isEmpty() && d.steps.getLast().interAgency() && d.steps.getLast().toAgency() != null) {
            return d.steps.getLast().toAgency();
        }
        return agency;
    }

    /**
     * A hand-over to the step the dossier is already in (the lead assigning an officer inside the unit) names the
     * officer of that step and keeps its start; any other starts a new step.
     */
    static List<DossierFacts.Step> withStep(List<DossierFacts.Step> steps, DossierFacts.Step next) {
        List<DossierFacts.Step> result = new ArrayList<>(steps);
        if (!result.isEmpty()) {
            DossierFacts.Step last = result.getLast();
            if (last.number() == next.number() && java.util.Objects.equals(last.toUnit(), next.toUnit())
                    && java.util.Objects.equals(last.toAgency(), next.toAgency())) {
                result.set(result.size() - 1, new DossierFacts.Step(last.number(), last.fromUnit(), last.toAgency(),
                        last.toUnit(), next.toOfficer() != null ? next.toOfficer() : last.toOfficer(),
                        last.handedOverAt(), last.stepDueAt() != null ? last.stepDueAt() : next.stepDueAt(),
                        last.interAgency()));
                return result;
            }
        }
        result.add(next);
        return result;
    }

    /** The dossier's row; a new one is added to {@code created}, for the caller to persist once it is filled. */
    private static DossierRow row(UUID dossierId, List<DossierRow> created) {
        DossierRow d = DossierRow.findById(dossierId);
        if (d == null) {
            d = new DossierRow();
            d.dossierId = dossierId;
            created.add(d);
        }
        return d;
    }
}
