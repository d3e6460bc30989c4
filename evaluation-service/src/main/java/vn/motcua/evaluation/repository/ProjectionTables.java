package vn.motcua.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tables a rebuild throws away, for every province (native SQL: no province filter): the projection, the
 * replicas, the evaluations and scorecards and their marks. Not {@code published_state} (what was published stays
 * published) nor the citizens' own records (ratings, feedback, manual items).
 */
@ApplicationScoped
public class ProjectionTables {
    static final List<String> TABLES = List.of("evaluation_officer", "dossier_evaluation", "scorecard_dirty",
            "scorecard", "dossier_projection", "procedure_version_replica", "procedure_abolition_replica",
            "calendar_replica");

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        for (String table : TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    /** The provinces with dossiers in the projection. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> provinces() {
        return em.createNativeQuery("select distinct province_code from dossier_projection order by 1")
                .getResultList();
    }
}
