package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import vn.motcua.events.CloudEventCodec;
import vn.motcua.events.RatingSubmitted;
import vn.motcua.events.ScorecardChanged;

/**
 * Evaluation's read models ({@code rating_fact}, {@code scorecard_fact}), each write idempotent and queued
 * ({@link Jdbc#later}) under its row's key: a dossier's rating, a scorecard's subject and period.
 */
@ApplicationScoped
public class EvaluationFacts {
    @Inject
    Jdbc jdbc;

    /** A citizen's rating, once per dossier (the first kept). */
    public void rating(String province, RatingSubmitted e, boolean satisfied) {
        jdbc.later(e.dossierId(), """
                insert into rating_fact (province_code, dossier_id, agency, rated_at, satisfied) values (?, ?, ?, ?, ?)
                on conflict (province_code, dossier_id) do nothing""",
                province, e.dossierId(), e.agency(), e.ratedAt(), satisfied);
    }

    /** The scorecard as it now stands, when its revision is higher than the one kept; body: the event's payload. */
    public void scorecard(String province, ScorecardChanged e) {
        jdbc.later(Arrays.asList(e.subjectKind(), e.subject(), e.periodLabel()), """
                insert into scorecard_fact (province_code, subject_kind, subject, period_label, revision, total, max,
                    band, dossiers, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (province_code, subject_kind, subject, period_label) do update set
                    revision = excluded.revision, total = excluded.total, max = excluded.max, band = excluded.band,
                    dossiers = excluded.dossiers, body = excluded.body
                where scorecard_fact.revision < excluded.revision""",
                province, e.subjectKind(), e.subject(), e.periodLabel(), e.revision(), e.total(), e.max(), e.band(),
                e.dossiers(), CloudEventCodec.payloadJson(e));
    }
}
