package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

/**
 * Everything evaluation knows about one dossier, gathered from dossier-service's events (and the ratings and
 * complaints evaluation-service keeps itself). The input of every per-dossier indicator; plain data, built by the
 * projection, so each indicator is a pure function of it and a late event simply builds new facts.
 *
 * @param procedure         the procedure version in force on the reception day, when the catalogue published it
 * @param receivedAt        acceptance (tiếp nhận): the time limit runs from it (Decree 118/2025 Art. 17 cl. 3);
 *                          null while not accepted
 * @param acceptedBy        the reception officer; null for imported dossiers
 * @param dueAt             the appointed date as it now stands (after restarts and an apology)
 * @param originalDueAt     the receipt's date, before any restart or apology
 * @param receptionRequests how many times the desk asked for papers before acceptance (Phiếu yêu cầu bổ sung)
 * @param supplements       the supplements asked during appraisal, in order
 * @param extension         the apology (Phiếu xin lỗi và hẹn lại), if any
 * @param steps             the hand-overs, in order (the first: desk to the competent unit)
 * @param resolution        null until resolved
 * @param returnedAt        null until the result was handed over
 * @param withdrawnAt       the applicant stopped it (Decree 118/2025 Art. 21): not evaluated
 * @param closedAt          closed for a supplement that never came (Art. 19 cl. 5): not evaluated
 * @param rating            the applicant's rating, once, after return
 * @param complaints        complaints (phản ánh, kiến nghị) recorded about this dossier's handling
 */
public record DossierFacts(
        UUID dossierId,
        String dossierCode,
        String province,
        String agency,
        String procedureCode,
        Integer procedureVersion,
        Optional<ProcedureTerms> procedure,
        Channel channel,
        RuleSet ruleSet,
        Instant submittedAt,
        Instant receivedAt,
        String acceptedBy,
        Instant dueAt,
        Instant originalDueAt,
        int receptionRequests,
        List<Supplement> supplements,
        Optional<Extension> extension,
        List<Step> steps,
        Optional<Resolution> resolution,
        Instant returnedAt,
        Instant withdrawnAt,
        Instant closedAt,
        List<Paper> papers,
        List<Payment> payments,
        Optional<Rating> rating,
        List<Complaint> complaints,
        boolean imported) {

    public DossierFacts {
        Objects.requireNonNull(dossierId, "dossierId");
        procedure = procedure == null ? Optional.empty() : procedure;
        supplements = List.copyOf(supplements);
        extension = extension == null ? Optional.empty() : extension;
        steps = List.copyOf(steps);
        resolution = resolution == null ? Optional.empty() : resolution;
        papers = List.copyOf(papers);
        payments = List.copyOf(payments);
        rating = rating == null ? Optional.empty() : rating;
        complaints = List.copyOf(complaints);
    }

    /** A supplement asked during appraisal (Art. 19 cl. 5); {@code completedAt} null while awaited. */
    public record Supplement(int number, String agency, Instant requestedAt, Instant completedAt,
            boolean withinWindow) {
    }

    /** The apology: the appointed date before it and the one it set (Art. 19 cl. 6). */
    public record Extension(Instant at, Instant dueBefore, Instant dueAfter) {
    }

    /**
     * A hand-over to a step of the internal process (Art. 18, Art. 20 for a co-operating agency). The step ends
     * when the next step starts or the dossier is resolved.
     *
     * @param toOfficer null while the unit lead has not assigned it
     * @param stepDueAt the end of the step's share of the time limit; null when the version has no shares
     */
    public record Step(int number, String fromUnit, String toAgency, String toUnit, String toOfficer,
            Instant handedOverAt, Instant stepDueAt, boolean interAgency) {
    }

    /**
     * The result (Art. 19, Art. 22).
     *
     * @param timeliness against {@code dueAt} at resolution (the legal view, TimelinessRule)
     * @param unit       the unit that resolved it; null when unknown
     * @param officer    the officer who resolved it; null for an import
     */
    public record Resolution(Instant resolvedAt, Timeliness timeliness, Outcome outcome, String unit, String officer,
            Boolean electronicResult, Boolean resultDigitised) {
    }

    /** A paper (thành phần hồ sơ): digitised, reused from an earlier dossier (Decision 766 group 4). */
    public record Paper(String code, boolean digitised, boolean reused) {
    }

    /** A fee paid, online or not (Decision 766 indicator 3: dossiers paid online). */
    public record Payment(long amount, boolean online, Instant paidAt) {
    }

    /**
     * The applicant's rating (Decree 118/2025 Art. 33 cl. 1).
     *
     * @param scores each rated content (RatingContent name) with 0, 1 or 2
     */
    public record Rating(java.util.Map<String, Integer> scores, Instant ratedAt) {
        public Rating {
            scores = java.util.Map.copyOf(scores);
        }
    }

    /**
     * A complaint about the handling (phản ánh, kiến nghị). Indicator 7 scores 0 for a complaint of harassment or
     * violation "unless it is found untrue" (Circular 01/2018/TT-VPCP Art. 13).
     *
     * @param officer  whom it is about; null when about the agency
     * @param conduct  true when it is about the officer's attitude or conduct (nhũng nhiễu, gây phiền hà)
     * @param finding  PENDING, FOUNDED or UNFOUNDED
     */
    public record Complaint(UUID id, String officer, boolean conduct, Finding finding, Instant receivedAt) {
    }

    public enum Finding {
        PENDING, FOUNDED, UNFOUNDED
    }

    /** Whether the law evaluates it: withdrawn and closed dossiers are not resolutions (excluded). */
    public boolean evaluable() {
        return withdrawnAt == null && closedAt == null && receivedAt != null;
    }
}
