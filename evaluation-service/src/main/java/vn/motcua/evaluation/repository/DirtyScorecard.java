package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A scorecard to recompute, marked in the transaction that changed one of its evaluations. */
@Entity
@Table(name = "scorecard_dirty")
public class DirtyScorecard extends ProvinceOwned {
    @Id
    public String id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "marked_at", nullable = false)
    public Instant markedAt;

    /**
     * Up to {@code limit} marks of the province whose scorecard was not computed after {@code computedAfter},
     * locked so a second instance takes others (native SQL names the province itself: it is not filtered). A mark
     * of a scorecard computed since then waits: while desks keep receiving, every run would otherwise recompute the
     * agency's and the province's quarter and year from all their dossiers.
     */
    @SuppressWarnings("unchecked")
    public static List<DirtyScorecard> take(String province, int limit, Instant computedAfter) {
        return getEntityManager().createNativeQuery("select d.* from scorecard_dirty d where d.province_code = ?1"
                        + " and not exists (select 1 from scorecard s where s.id = d.id and s.computed_at > ?3)"
                        + " order by d.marked_at, d.id limit ?2 for update of d skip locked", DirtyScorecard.class)
                .setParameter(1, province).setParameter(2, limit).setParameter(3, computedAfter).getResultList();
    }

    /** The provinces with marks waiting. */
    @SuppressWarnings("unchecked")
    public static List<String> provinces() {
        return getEntityManager().createNativeQuery("select distinct province_code from scorecard_dirty")
                .getResultList();
    }

    /**
     * Marks the scorecard, once however often it is marked before the job takes it. An existing mark is touched,
     * not skipped: when the job holds it (it may have read the evaluations already), this waits for the job to
     * delete it and then marks anew, so a change committed while the job works is never lost.
     */
    public static void mark(String province, String kind, String subject, String periodLabel, Instant at) {
        getEntityManager().createNativeQuery("insert into scorecard_dirty (id, province_code, kind, subject,"
                        + " period_label, marked_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " on conflict (id) do update set marked_at = excluded.marked_at")
                .setParameter(1, province + ":" + kind + ":" + subject + ":" + periodLabel)
                .setParameter(2, province).setParameter(3, kind).setParameter(4, subject)
                .setParameter(5, periodLabel).setParameter(6, at)
                .executeUpdate();
    }
}
