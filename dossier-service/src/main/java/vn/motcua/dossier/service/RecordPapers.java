package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.dossier.domain.PaperRecording;
import vn.motcua.dossier.domain.PaperReuse;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierPaper;
import vn.motcua.events.DossierPapersRecorded;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/**
 * Records a dossier's papers: each digitised (số hóa) or not, and given anew or reused from an earlier dossier of
 * the same applicant, so the desk does not ask for it again (Decree 118/2025 Art. 5 cl. 1i; Decision 766 counts
 * both). Which papers may be recorded now is {@link PaperRecording}'s rule; which reuse stands, {@link PaperReuse}'s.
 */
@ApplicationScoped
public class RecordPapers {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** @return every paper of the dossier after this record, by code */
    @Transactional
    public List<PaperView> record(Caller caller, UUID id, List<PaperInput> papers) {
        // the row lock orders two records of one dossier's papers: the second sees the first's papers
        Dossier d = Dossier.<Dossier>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Dossier", id.toString()));
        Recorder.of(caller, d);
        Map<String, DossierPaper> recorded = DossierPaper.of(d.id).stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        PaperRecording.refusal(d.receivedAt != null, recorded.keySet(), papers.stream().map(PaperInput::code)
                .toList()).ifPresent(r -> {
                    throw new ProblemException(r.status(), r.problemType(), "Paper not recorded",
                            "Dossier " + DossierLog.label(d) + ": " + r.message() + ".",
                            List.of(new Problem.FieldError(r.field(), r.message())));
                });
        refuseUnreusable(d, papers);

        Instant now = clock.instant();
        for (PaperInput in : papers) {
            DossierPaper p = recorded.get(in.code());
            if (p == null) {
                p = new DossierPaper();
                p.id = UUID.randomUUID();
                p.dossierId = d.id;
                p.code = in.code();
                p.name = in.name();
            }
            p.digitised = in.digitised();
            p.reusedFrom = in.reusedFrom();
            p.recordedAt = now;
            p.recordedBy = caller.name();
            p.persist();
        }
        em.flush();
        outbox.add(new DossierPapersRecorded(d.id, d.code, d.agency, papers.stream()
                .map(in -> new DossierPapersRecorded.Paper(in.code(), recordedName(recorded, in), in.digitised(),
                        in.reusedFrom()))
                .toList(), now, d.imported));
        return DossierPaper.of(d.id).stream().map(PaperView::of).toList();
    }

    /** A paper recorded again before acceptance keeps the name it was first recorded under. */
    private static String recordedName(Map<String, DossierPaper> recorded, PaperInput in) {
        DossierPaper earlier = recorded.get(in.code());
        return earlier != null ? earlier.name : in.name();
    }

    private static void refuseUnreusable(Dossier d, List<PaperInput> papers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            PaperInput in = papers.get(i);
            if (in.reusedFrom() == null) {
                continue;
            }
            // the tenant filter keeps this within the province: another province's dossier is simply not there
            Optional<PaperReuse.Source> source = Dossier.<Dossier>find("code", in.reusedFrom()).firstResultOptional()
                    .map(s -> new PaperReuse.Source(s.applicantIdNumber, s.id.equals(d.id), s.receivedAt != null,
                            DossierPaper.byCode(s.id, in.code()).isPresent()));
            int index = i;
            PaperReuse.refusal(d.applicantIdNumber, source).ifPresent(why -> errors.add(
                    new Problem.FieldError("papers[" + index + "].reusedFrom", why)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "paper-not-reusable", "Paper not reusable",
                    "Dossier " + DossierLog.label(d) + ": " + errors.size() + " reused paper(s) name no accepted"
                            + " paper of this applicant.", errors);
        }
    }
}
