package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.motcua.evaluation.domain.ResolutionTimeIndicator;
import vn.motcua.evaluation.repository.IndicatorScore;
import vn.motcua.events.DossierEvaluated;
import vn.motcua.events.DossierResolved;
import vn.motcua.events.RuleSet;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;

/** Use cases of dossier evaluation; one method, one transaction, one business action. */
@ApplicationScoped
public class EvaluationService {
    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Scores indicator 1 of a resolved dossier and announces it, in the consumer's inbox transaction. A second
     * resolution of the same dossier (another event id) keeps the first score: scores are not rewritten.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scoreResolution(DossierResolved resolved) {
        if (IndicatorScore.scored(resolved.dossierId(), ResolutionTimeIndicator.NUMBER)) {
            return;
        }
        IndicatorScore score = new IndicatorScore();
        score.id = UUID.randomUUID();
        score.dossierId = resolved.dossierId();
        score.indicator = ResolutionTimeIndicator.NUMBER;
        score.points = ResolutionTimeIndicator.points(resolved.timeliness());
        score.evaluatedAt = clock.instant();
        score.persist();
        outbox.add(new DossierEvaluated(score.dossierId, resolved.dossierCode(), resolved.agency(), resolved.unit(),
                resolved.ruleSet() == null ? RuleSet.DECREE_61_2018 : resolved.ruleSet(), "TT01-2018", List.of(),
                List.of(new DossierEvaluated.IndicatorPoints(score.indicator, score.points, resolved.timeliness()
                        .name())), score.points, 2, resolved.resolvedAt(), 1, score.evaluatedAt));
    }

    /** The dossier's scores in the caller's province; another province's dossier looks not evaluated. */
    @Transactional
    public List<Score> scoresOf(UUID dossierId) {
        List<Score> scores = IndicatorScore.ofDossier(dossierId).stream()
                .map(s -> new Score(s.indicator, s.points)).toList();
        if (scores.isEmpty()) {
            throw new ProblemException(404, "not-evaluated", "Not evaluated",
                    "Dossier " + dossierId + " has no evaluation in your province (yet): it is scored when resolved.");
        }
        return scores;
    }
}
