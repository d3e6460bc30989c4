package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.dossier.documents.ReceiptPdf;
import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.LoggedAction;
import vn.motcua.dossier.domain.ReceiptForm;
import vn.motcua.dossier.repository.AgencyReplica;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.dossier.repository.DossierPaper;
import vn.motcua.dossier.repository.ProcedureVersionReplica;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;

/**
 * Prints the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) of an accepted dossier, in the form of its rule set,
 * from what the dossier keeps: the code, the pinned version and case, the reception and the appointed date of the
 * receipt, the agency's register. Only the lookup secret's hash is kept, so the secret is printed only when the
 * caller gives it (the answer of the acceptance held it) and it matches; without it the receipt says it was given at
 * reception. Whoever may read the dossier may print it.
 */
@ApplicationScoped
public class PrintReceipt {
    static final String ONE_STOP_DESK = "ONE_STOP_DESK";

    @Inject
    DossierLog dossiers;

    /** The receipt: its file's name carries the dossier's code. */
    public record PrintedReceipt(String code, byte[] pdf) {
        public String fileName() {
            return "giay-tiep-nhan-" + code + ".pdf";
        }
    }

    @Transactional
    public PrintedReceipt print(Caller caller, UUID id, Optional<String> lookupSecret) {
        Dossier d = Dossier.<Dossier>findByIdOptional(id)
                .filter(found -> AccessRules.caseScope(caller).admits(found.holder()))
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        if (d.code == null || d.receivedAt == null || d.procedureVersion == null) {
            throw new ProblemException(409, "not-received", "Not received",
                    "Dossier " + id + " has not been accepted (" + d.status + "): a receipt (" + ReceiptForm.NAME
                            + ") is given at acceptance.");
        }
        lookupSecret.ifPresent(secret -> {
            if (!LookupSecret.matches(secret, d.lookupSecretHash)) {
                throw new ProblemException(422, "validation", "Lookup secret does not match",
                        "The lookup secret given is not the one of dossier " + d.code + "'s receipt.",
                        List.of(new Problem.FieldError("lookupSecret", "is not the secret given at reception")));
            }
        });
        return new PrintedReceipt(d.code, ReceiptPdf.render(content(d, lookupSecret.map(s -> s.toUpperCase(
                java.util.Locale.ROOT)).orElse(null))));
    }

    private ReceiptPdf.Content content(Dossier d, String secret) {
        ZoneId zone = dossiers.zone();
        List<LoggedAction> log = DossierActionRecord.logOf(d.id);
        LoggedAction reception = log.stream().filter(a -> a.action() == DossierAction.RECEIVE).findFirst()
                .orElse(null);
        ProcedureTerms terms = ProcedureVersionReplica.ofCode(d.procedureCode).stream()
                .filter(v -> v.version == d.procedureVersion).map(v -> v.terms).findFirst()
                .orElseThrow(() -> new IllegalStateException("dossier " + d.id + " is pinned to version "
                        + d.procedureVersion + " of " + d.procedureCode + ", which the replica lacks"));
        Optional<ProcedureTerms.CaseVariant> variant = terms.caseVariants().stream()
                .filter(v -> v.code().equals(d.caseVariant)).findFirst();
        Optional<AgencyReplica> agency = AgencyReplica.byCode(d.agency);
        String agencyName = agency.map(a -> a.name).orElse(d.agency);
        String parent = agency.map(a -> a.parent).flatMap(AgencyReplica::byCode).map(a -> a.name).orElse(null);
        String desk = agency.flatMap(a -> a.units.stream().filter(u -> ONE_STOP_DESK.equals(u.kind())).findFirst())
                .map(AgencyChanged.Unit::name).orElse(null);
        List<String> recorded = DossierPaper.of(d.id).stream().map(p -> p.name).toList();
        String timeLimit = d.timeLimitValue == null ? variant.map(v -> ReceiptPdf.timeLimit(v.timeLimit().value(),
                v.timeLimit().unit() == ProcedureTerms.TimeUnit.WORKING_HOURS)).orElse("")
                : ReceiptPdf.timeLimit(d.timeLimitValue, d.timeLimitUnit == ProcedureTerms.TimeUnit.WORKING_HOURS);
        // the receipt's appointed date: the one of the acceptance, before any restart or apology
        var dueAt = d.originalDueAt != null ? d.originalDueAt : d.dueAt;
        return new ReceiptPdf.Content(ReceiptForm.of(d.ruleSet), parent, agencyName, desk, d.code, d.applicantName,
                d.applicantAddress, d.applicantPhone, d.applicantEmail, d.procedureCode, terms.name(),
                variant.map(ProcedureTerms.CaseVariant::name).orElse(null),
                recorded.isEmpty() ? terms.requiredPapers() : recorded, timeLimit,
                d.receivedAt.atZone(zone).toLocalDateTime(), dueAt.atZone(zone).toLocalDateTime(),
                desk != null ? desk : agencyName,
                terms.fees().stream().map(f -> new ReceiptPdf.Fee(f.description(), f.amountVnd())).toList(), secret,
                reception == null ? null : reception.actor());
    }
}
