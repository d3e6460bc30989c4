package vn.motcua.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.ProvinceCode;

/**
 * What the overdue sweep reads and writes. Native SQL, for {@code for update skip locked} and {@code on conflict
 * do nothing}, which the ORM cannot say; native SQL is not tenant-filtered, so every query names its province.
 * Each claim locks the rows it returns until the caller's transaction ends and skips rows another sweep holds:
 * replicas sweeping at once share the work instead of doing it twice.
 */
@ApplicationScoped
public class SweepQueries {
    @Inject
    EntityManager em;

    /** A dossier whose clock runs, as its announcement needs it. */
    public record Running(UUID id, String code, String agency, String unit, Instant dueAt) {
    }

    /** A dossier waiting for papers, since {@code requestedAt}. */
    public record Waiting(UUID id, Instant requestedAt) {
    }

    /** Provinces with a dossier the sweep may have to act on; a cross-province list of codes, nothing more. */
    @SuppressWarnings("unchecked")
    public List<ProvinceCode> provincesToSweep() {
        return ((List<Object>) em.createNativeQuery("""
                select distinct province_code from dossier
                where status in ('RECEIVED', 'IN_APPRAISAL', 'SUPPLEMENT_REQUESTED', 'PAPERS_REQUESTED')
                order by province_code""").getResultList())
                .stream().map(p -> new ProvinceCode(p.toString().trim())).toList();
    }

    /** Running dossiers past their appointed date that were not announced overdue for it, oldest date first. */
    public List<Running> claimOverdue(ProvinceCode province, Instant now, int limit) {
        return running("d.due_at < ?2", "OVERDUE", province, now, limit);
    }

    /**
     * Running dossiers not yet past their appointed date and not announced near for it, nearest date first: the
     * caller stops at the first one still further away than its threshold, as every later one is too.
     */
    public List<Running> claimNotNearYet(ProvinceCode province, Instant now, int limit) {
        return running("d.due_at >= ?2", "NEARING_DUE", province, now, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Running> running(String due, String kind, ProvinceCode province, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.code, d.agency, d.current_unit, d.due_at from dossier d
                where d.province_code = ?1 and d.status in ('RECEIVED', 'IN_APPRAISAL') and %s
                  and not exists (select 1 from dossier_alert a
                                  where a.dossier_id = d.id and a.kind = ?3 and a.due_at = d.due_at)
                order by d.due_at, d.id
                limit ?4
                for update skip locked""".formatted(due))
                .setParameter(1, province.value()).setParameter(2, now).setParameter(3, kind)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new Running((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]))).toList();
    }

    /**
     * Records that {@code kind} was announced for this appointed date; false when it already was (by another run or
     * replica), in which case the caller announces nothing.
     */
    public boolean recordAlert(ProvinceCode province, UUID dossierId, String kind, Instant dueAt, Instant detectedAt) {
        return em.createNativeQuery("""
                insert into dossier_alert (dossier_id, province_code, kind, due_at, detected_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, dossierId).setParameter(2, province.value()).setParameter(3, kind)
                .setParameter(4, dueAt).setParameter(5, detectedAt).executeUpdate() == 1;
    }

    /**
     * Dossiers waiting for a supplement during appraisal, or for papers asked at reception, requested at or before
     * {@code requestedBy}, oldest request first. The open request is on the row for a supplement; papers asked at
     * reception are the log's latest REQUEST_PAPERS.
     */
    @SuppressWarnings("unchecked")
    public List<Waiting> claimWaitingSince(ProvinceCode province, Instant requestedBy, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, requested_at from (
                    select d.id, case when d.status = 'SUPPLEMENT_REQUESTED' then d.supplement_requested_at
                        else (select max(a.occurred_at) from dossier_action a
                              where a.dossier_id = d.id and a.action = 'REQUEST_PAPERS') end as requested_at
                    from dossier d
                    where d.province_code = ?1 and d.status in ('SUPPLEMENT_REQUESTED', 'PAPERS_REQUESTED')
                ) w
                where requested_at <= ?2
                order by requested_at, id
                limit ?3""")
                .setParameter(1, province.value()).setParameter(2, requestedBy).setParameter(3, limit)
                .getResultList();
        List<Waiting> waiting = rows.stream().map(r -> new Waiting((UUID) r[0], instant(r[1]))).toList();
        // locked apart: "for update" cannot lock through the derived table above
        return waiting.stream().filter(w -> lock(province, w.id())).toList();
    }

    /** Locks the dossier's row unless another transaction holds it; whether it is now this transaction's. */
    private boolean lock(ProvinceCode province, UUID id) {
        return !em.createNativeQuery("""
                select id from dossier where province_code = ?1 and id = ?2
                  and status in ('SUPPLEMENT_REQUESTED', 'PAPERS_REQUESTED')
                for update skip locked""").setParameter(1, province.value()).setParameter(2, id)
                .getResultList().isEmpty();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }
}
