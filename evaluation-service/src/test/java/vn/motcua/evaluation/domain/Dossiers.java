package vn.motcua.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

/**
 * Dossier facts for the rule tests: a dossier of SKHCN-20 accepted on Mon 02/03/2026 by tiepnhan.ls, due Mon
 * 16/03/2026 17:00 (Vietnam time), each test changing what its rule reads.
 */
final class Dossiers {
    static final EvaluationContext VN = new EvaluationContext(EvaluationContext.VIETNAM,
            d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    static final String AGENCY = "SKHCN-20";

    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000015");
    Optional<ProcedureTerms> procedure = Optional.empty();
    Instant receivedAt = at("2026-03-02T09:00");
    String acceptedBy = "tiepnhan.ls";
    Instant dueAt = at("2026-03-16T17:00");
    int receptionRequests;
    List<DossierFacts.Supplement> supplements = new ArrayList<>();
    Optional<DossierFacts.Extension> extension = Optional.empty();
    List<DossierFacts.Step> steps = new ArrayList<>();
    Optional<DossierFacts.Resolution> resolution = Optional.empty();
    String resolver = "lanhdao.ls";
    Instant withdrawnAt;
    Instant closedAt;
    Map<String, Integer> rating;
    List<DossierFacts.Complaint> complaints = new ArrayList<>();

    static Dossiers accepted() {
        return new Dossiers();
    }

    /** {@code 2026-03-16T17:00} as Vietnam local time. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(EvaluationContext.VIETNAM).toInstant();
    }

    static Instant atOrNull(String local) {
        return local == null || local.isBlank() ? null : at(local);
    }

    Dossiers due(String local) {
        dueAt = at(local);
        return this;
    }

    Dossiers resolved(String local) {
        resolution = Optional.of(new DossierFacts.Resolution(at(local), Timeliness.EARLY, Outcome.APPROVED, "PQLKH",
                resolver, Boolean.TRUE, Boolean.TRUE));
        return this;
    }

    Dossiers resolvedBy(String officer, String local) {
        resolver = officer;
        return resolved(local);
    }

    Dossiers receptionRequests(int n) {
        receptionRequests = n;
        return this;
    }

    /** A supplement during appraisal asked by {@code agency}, completed a day later. */
    Dossiers supplement(String agency, String requestedLocal) {
        Instant requested = at(requestedLocal);
        supplements.add(new DossierFacts.Supplement(supplements.size() + 1, agency, requested,
                requested.plusSeconds(86_400), true));
        return this;
    }

    /** The apology: the appointed date moved from {@code before} to {@code after}. */
    Dossiers apology(String before, String after) {
        extension = Optional.of(new DossierFacts.Extension(at(before).minusSeconds(86_400), at(before), at(after)));
        dueAt = at(after);
        return this;
    }

    Dossiers step(String toAgency, String toUnit, String officer, String handedOver, String stepDue,
            boolean interAgency) {
        steps.add(new DossierFacts.Step(steps.size() + 1, steps.isEmpty() ? "MOT_CUA" : "PQLKH", toAgency, toUnit,
                officer, at(handedOver), atOrNull(stepDue), interAgency));
        return this;
    }

    Dossiers rated(String content, int score) {
        rating = rating == null ? new HashMap<>() : rating;
        rating.put(content, score);
        return this;
    }

    Dossiers complaint(boolean conduct, DossierFacts.Finding finding) {
        complaints.add(new DossierFacts.Complaint(UUID.randomUUID(), "xuly.ls", conduct, finding,
                at("2026-03-10T10:00")));
        return this;
    }

    Dossiers withdrawn() {
        withdrawnAt = at("2026-03-05T10:00");
        return this;
    }

    Dossiers closed() {
        closedAt = at("2026-03-05T10:00");
        return this;
    }

    Dossiers neverAccepted() {
        receivedAt = null;
        acceptedBy = null;
        dueAt = null;
        return this;
    }

    Dossiers procedure(ProcedureTerms terms) {
        procedure = Optional.of(terms);
        return this;
    }

    DossierFacts facts() {
        return new DossierFacts(id, "000.00.20.H38-260302-0001", "20", AGENCY, "1.004227", 1, procedure,
                Channel.DIRECT_CENTRE, RuleSet.DECREE_118_2025, receivedAt, receivedAt, acceptedBy, dueAt,
                at("2026-03-16T17:00"), receptionRequests, supplements, extension, steps, resolution, null,
                withdrawnAt, closedAt, List.of(), List.of(),
                Optional.ofNullable(rating).map(r -> new DossierFacts.Rating(r, at("2026-03-20T10:00"))),
                complaints, false);
    }

    /** A complete procedure version decided {@code decided}, in force from {@code effective}. */
    static ProcedureTerms terms(String decided, String effective, List<String> papers, String name) {
        return new ProcedureTerms(1, LocalDate.parse(effective), null, null, name, "G09-KH", AGENCY,
                ProcedureTerms.IssuingLevel.LOCAL, ProcedureTerms.Mechanism.ONE_STOP, List.of(),
                ProcedureTerms.OnlineMode.FULL, false, false, false, List.of(), papers,
                List.of(new ProcedureTerms.CaseVariant("TH1", "Cấp mới",
                        new ProcedureTerms.TimeLimit(10, ProcedureTerms.TimeUnit.WORKING_DAYS))),
                List.of(), new ProcedureTerms.Decision("123/QĐ-UBND", LocalDate.parse(decided), "UBND tỉnh Lạng Sơn"));
    }
}
