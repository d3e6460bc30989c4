package vn.motcua.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.DossierPapersRecorded;
import vn.motcua.events.DossierPaymentRecorded;
import vn.motcua.events.DossierReceived;
import vn.motcua.events.DossierResolved;

/**
 * The dossier read models' writes ({@code dossier_fact}, {@code dossier_due}, {@code dossier_paper_fact},
 * {@code payment_fact}), each one idempotent: applying an event twice, or an event the row already reflects,
 * leaves the rows as they are. {@code updated_at} is the time ({@code ce_time}) of the newest event applied to the
 * dossier, never moved back.
 *
 * <p>The writes are queued under their dossier ({@link Jdbc#later}) and sent in JDBC batches when the transaction
 * reads or commits: a rebuild's batch of hundreds of dossiers costs a few dozen round trips, not one per statement.
 * None runs at once: a statement run at once sends every write queued before it first, which split a replayed batch
 * into as many small sends as it had supplements.
 */
@ApplicationScoped
public class DossierFacts {
    /**
     * The field of the procedure version a dossier was received under; without a version, of the latest version
     * of its code in force on the reception day in the province's zone. Parameters: province, code, version,
     * version, received at, zone.
     */
    static final String FIELD_OF_VERSION = """
            (select v.field_code from procedure_version_fact v
              where v.province_code = ? and v.code = ?
                and (v.version = cast(? as integer)
                     or (cast(? as integer) is null
                         and v.effective_from <= cast((cast(? as timestamptz) at time zone ?) as date)))
              order by v.version desc limit 1)""";

    /** A due row, unless the dossier has one from that instant (the first copy's due date stays). */
    private static final String FIRST_DUE = "insert into dossier_due (dossier_id, province_code, valid_from, due_at)"
            + " values (?, ?, ?, cast(? as timestamptz)) on conflict (dossier_id, valid_from) do nothing";

    /** A due row from that instant, replacing the due date of one already there (of the same province). */
    private static final String FIRST_OR_NEW_DUE = """
            insert into dossier_due (dossier_id, province_code, valid_from, due_at)
            values (?, ?, ?, cast(? as timestamptz))
            on conflict (dossier_id, valid_from) do update set due_at = excluded.due_at
            where dossier_due.province_code = excluded.province_code""";

    @Inject
    Jdbc jdbc;

    /**
     * Acceptance: the row with the reception's facts (a due date moved by a later event stays), the papers recorded
     * before it, its first due row, and the procedure of a fee paid before it (online submission); one statement.
     */
    public void received(String province, DossierReceived e, Instant eventTime, ZoneId zone) {
        jdbc.later(e.dossierId(), """
                with fact as (
                    insert into dossier_fact (dossier_id, province_code, dossier_code, procedure_code, procedure_version,
                        case_variant, field_code, agency, channel, rule_set, imported, submitted_at, received_at,
                        due_at, original_due_at, papers_recorded, papers_digitised, papers_reused, updated_at)
                    select cast(? as uuid), cast(? as char(2)), cast(? as varchar), cast(? as varchar),
                        cast(? as integer), cast(? as varchar), %s, cast(? as varchar), cast(? as varchar),
                        cast(? as varchar), cast(? as boolean), cast(? as timestamptz), cast(? as timestamptz),
                        cast(? as timestamptz), cast(? as timestamptz),
                        count(*), count(*) filter (where p.digitised), count(*) filter (where p.reused),
                        cast(? as timestamptz)
                    from dossier_paper_fact p where p.dossier_id = ? and p.province_code = ?
                    on conflict (dossier_id) do update set
                        dossier_code = excluded.dossier_code,
                        procedure_code = excluded.procedure_code,
                        procedure_version = coalesce(excluded.procedure_version, dossier_fact.procedure_version),
                        case_variant = coalesce(excluded.case_variant, dossier_fact.case_variant),
                        field_code = coalesce(dossier_fact.field_code, excluded.field_code),
                        agency = excluded.agency,
                        channel = excluded.channel,
                        rule_set = coalesce(excluded.rule_set, dossier_fact.rule_set),
                        imported = excluded.imported or dossier_fact.imported,
                        submitted_at = coalesce(excluded.submitted_at, dossier_fact.submitted_at),
                        received_at = excluded.received_at,
                        original_due_at = excluded.original_due_at,
                        papers_recorded = excluded.papers_recorded,
                        papers_digitised = excluded.papers_digitised,
                        papers_reused = excluded.papers_reused,
                        updated_at = greatest(dossier_fact.updated_at, excluded.updated_at)
                    where dossier_fact.province_code = excluded.province_code
                    returning dossier_id),
                due as (
                    insert into dossier_due (dossier_id, province_code, valid_from, due_at) values (?, ?, ?, ?)
                    on conflict (dossier_id, valid_from) do nothing)
                update payment_fact set procedure_code = ?
                where dossier_id = ? and province_code = ? and procedure_code is null""".formatted(FIELD_OF_VERSION),
                e.dossierId(), province, e.dossierCode(), e.procedureCode(), e.procedureVersion(), e.caseVariant(),
                province, e.procedureCode(), e.procedureVersion(), e.procedureVersion(), e.receivedAt(), zone.getId(),
                e.agency(), e.channel(), e.ruleSet(), Boolean.TRUE.equals(e.imported()), e.submittedAt(),
                e.receivedAt(), e.dueAt(), e.dueAt(), eventTime, e.dossierId(), province,
                e.dossierId(), province, e.receivedAt(), e.dueAt(),
                e.procedureCode(), e.dossierId(), province);
        latestDue(province, e.dossierId());
    }

    /**
     * Resolution: the outcome, timeliness and the final due date; also creates the row when the dossier's
     * DossierReceived never came (it carries the reception's facts), with the receipt's due date as its first due;
     * one statement.
     */
    public void resolved(String province, DossierResolved e, Instant eventTime, ZoneId zone) {
        jdbc.later(e.dossierId(), """
                with fact as (
                insert into dossier_fact (dossier_id, province_code, dossier_code, procedure_code, procedure_version,
                    field_code, agency, unit, channel, rule_set, imported, received_at, due_at, original_due_at,
                    supplement_requests, supplement_seconds, extended, resolved_at, outcome, timeliness,
                    electronic_result, result_digitised, updated_at)
                values (?, ?, ?, ?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(cast(? as integer), 0),
                    coalesce(cast(? as bigint), 0), coalesce(cast(? as boolean), false), ?, ?, ?, ?, ?, ?)
                on conflict (dossier_id) do update set
                    dossier_code = excluded.dossier_code,
                    procedure_code = excluded.procedure_code,
                    procedure_version = coalesce(dossier_fact.procedure_version, excluded.procedure_version),
                    field_code = coalesce(dossier_fact.field_code, excluded.field_code),
                    agency = excluded.agency,
                    unit = coalesce(excluded.unit, dossier_fact.unit),
                    channel = excluded.channel,
                    rule_set = coalesce(dossier_fact.rule_set, excluded.rule_set),
                    imported = excluded.imported or dossier_fact.imported,
                    due_at = excluded.due_at,
                    original_due_at = coalesce(dossier_fact.original_due_at, excluded.original_due_at),
                    supplement_requests = coalesce(cast(? as integer), dossier_fact.supplement_requests),
                    supplement_seconds = coalesce(cast(? as bigint), dossier_fact.supplement_seconds),
                    extended = coalesce(cast(? as boolean), dossier_fact.extended),
                    resolved_at = excluded.resolved_at,
                    outcome = excluded.outcome,
                    timeliness = excluded.timeliness,
                    electronic_result = excluded.electronic_result,
                    result_digitised = excluded.result_digitised,
                    updated_at = greatest(dossier_fact.updated_at, excluded.updated_at)
                where dossier_fact.province_code = excluded.province_code
                returning dossier_id)
                insert into dossier_due (dossier_id, province_code, valid_from, due_at) values (?, ?, ?, ?)
                on conflict (dossier_id, valid_from) do nothing""".formatted(FIELD_OF_VERSION),
                e.dossierId(), province, e.dossierCode(), e.procedureCode(), e.procedureVersion(),
                province, e.procedureCode(), e.procedureVersion(), e.procedureVersion(), e.receivedAt(), zone.getId(),
                e.agency(), e.unit(), e.channel(), e.ruleSet(), Boolean.TRUE.equals(e.imported()), e.receivedAt(),
                e.dueAt(), firstDue(e), e.supplementRequests(), e.supplementSeconds(), e.extended(), e.resolvedAt(),
                e.outcome(), e.timeliness(), e.electronicResult(), e.resultDigitised(), eventTime,
                e.supplementRequests(), e.supplementSeconds(), e.extended(),
                e.dossierId(), province, e.receivedAt(), firstDue(e));
        latestDue(province, e.dossierId());
    }

    private static Instant firstDue(DossierResolved e) {
        return e.originalDueAt() != null ? e.originalDueAt() : e.dueAt();
    }

    /** The clock stops at {@code requestedAt} (a null due row); the row's due_at keeps the suspended date. */
    public void supplementRequested(String province, UUID dossier, Integer requestNumber, Instant requestedAt,
            Instant eventTime) {
        jdbc.later(dossier, """
                update dossier_fact set supplement_requests = greatest(supplement_requests, coalesce(cast(? as integer), 1)),
                    updated_at = greatest(updated_at, ?)
                where dossier_id = ? and province_code = ?""", requestNumber, eventTime, dossier, province);
        jdbc.later(dossier, FIRST_DUE, dossier, province, requestedAt, null);
        latestDue(province, dossier);
    }

    /**
     * The complete dossier came back: the clock restarts with {@code dueAfter} from {@code completedAt}; the time
     * waited is added once (when the due row of {@code completedAt} is new: a second copy of the event only replaces
     * its due date). One queued statement: whether the row is new is decided in PostgreSQL, so a replayed batch's
     * other writes are not sent early to learn it.
     */
    public void supplemented(String province, UUID dossier, Integer requestNumber, Instant requestedAt,
            Instant completedAt, Instant dueAfter, Instant eventTime) {
        jdbc.later(dossier, FIRST_DUE, dossier, province, requestedAt, null);
        long waited = requestedAt == null ? 0
                : Math.max(0, completedAt.getEpochSecond() - requestedAt.getEpochSecond());
        jdbc.later(dossier, """
                with inserted as (
                    insert into dossier_due (dossier_id, province_code, valid_from, due_at)
                    values (?, ?, ?, cast(? as timestamptz))
                    on conflict (dossier_id, valid_from) do nothing
                    returning 1),
                replaced as (
                    update dossier_due set due_at = cast(? as timestamptz)
                    where dossier_id = ? and valid_from = ? and province_code = ?)
                update dossier_fact set due_at = ?,
                    supplement_seconds = supplement_seconds
                        + case when exists (select 1 from inserted) then ? else 0 end,
                    supplement_requests = greatest(supplement_requests, coalesce(cast(? as integer), 1)),
                    updated_at = greatest(updated_at, ?)
                where dossier_id = ? and province_code = ?""",
                dossier, province, completedAt, dueAfter,
                dueAfter, dossier, completedAt, province,
                dueAfter, waited, requestNumber, eventTime, dossier, province);
        latestDue(province, dossier);
    }

    /** An apology with a new appointed date, in force from {@code extendedAt}. */
    public void extended(String province, UUID dossier, Instant extendedAt, Instant dueAfter, Instant eventTime) {
        jdbc.later(dossier, FIRST_OR_NEW_DUE, dossier, province, extendedAt, dueAfter);
        jdbc.later(dossier, "update dossier_fact set extended = true, due_at = ?,"
                + " updated_at = greatest(updated_at, ?) where dossier_id = ? and province_code = ?",
                dueAfter, eventTime, dossier, province);
        latestDue(province, dossier);
    }

    /** The unit now holding the dossier, when it was handed within its own agency. */
    public void handedOver(String province, UUID dossier, String toAgency, String toUnit, Instant eventTime) {
        jdbc.later(dossier, """
                update dossier_fact set unit = case when agency = ? then ? else unit end,
                    updated_at = greatest(updated_at, ?)
                where dossier_id = ? and province_code = ?""", toAgency, toUnit, eventTime, dossier, province);
    }

    public void returned(String province, UUID dossier, Instant returnedAt, String method, Instant eventTime) {
        jdbc.later(dossier, "update dossier_fact set returned_at = ?, return_method = ?,"
                + " updated_at = greatest(updated_at, ?) where dossier_id = ? and province_code = ?",
                returnedAt, method, eventTime, dossier, province);
    }

    /** Dừng giải quyết: the applicant withdrew. A submission withdrawn before acceptance has no row: no change. */
    public void withdrawn(String province, UUID dossier, Instant withdrawnAt, Instant eventTime) {
        jdbc.later(dossier, "update dossier_fact set withdrawn_at = ?, updated_at = greatest(updated_at, ?)"
                + " where dossier_id = ? and province_code = ?", withdrawnAt, eventTime, dossier, province);
    }

    /** Closed for a supplement that never came. Before acceptance there is no row: no change. */
    public void closed(String province, UUID dossier, Instant closedAt, Instant eventTime) {
        jdbc.later(dossier, "update dossier_fact set closed_at = ?, updated_at = greatest(updated_at, ?)"
                + " where dossier_id = ? and province_code = ?", closedAt, eventTime, dossier, province);
    }

    /** Each paper as last recorded (one statement), then the dossier's counts from them. */
    public void papersRecorded(String province, DossierPapersRecorded e, Instant eventTime) {
        List<DossierPapersRecorded.Paper> papers = e.papers();
        jdbc.later(e.dossierId(), """
                insert into dossier_paper_fact (dossier_id, province_code, code, digitised, reused)
                select distinct on (code) cast(? as uuid), cast(? as char(2)), code, digitised, reused
                from unnest(?, ?, ?) with ordinality as p(code, digitised, reused, n)
                order by code, n desc
                on conflict (dossier_id, code) do update set digitised = excluded.digitised,
                    reused = excluded.reused""",
                e.dossierId(), province, Jdbc.array("varchar", papers.stream().map(p -> p.code()).toList()),
                Jdbc.array("boolean", papers.stream().map(p -> p.digitised()).toList()),
                Jdbc.array("boolean", papers.stream().map(p -> p.reusedFrom() != null).toList()));
        refreshPapers(province, e.dossierId(), eventTime);
    }

    /** A payment, once per receipt; its procedure from the dossier's row when known. */
    public void paymentRecorded(String province, DossierPaymentRecorded e, Instant eventTime) {
        jdbc.later(e.dossierId(), """
                insert into payment_fact (province_code, dossier_id, receipt_reference, agency, procedure_code, amount,
                    online, paid_at)
                values (?, ?, ?, ?, (select procedure_code from dossier_fact where dossier_id = ? and province_code = ?),
                    ?, ?, ?)
                on conflict do nothing""",
                province, e.dossierId(), e.receiptReference(), e.agency(), e.dossierId(), province, e.amount(),
                Boolean.TRUE.equals(e.online()), e.paidAt());
        jdbc.later(e.dossierId(), "update dossier_fact set updated_at = greatest(updated_at, ?)"
                + " where dossier_id = ? and province_code = ?", eventTime, e.dossierId(), province);
    }

    private void refreshPapers(String province, UUID dossier, Instant eventTime) {
        jdbc.later(dossier, """
                update dossier_fact f set papers_recorded = p.recorded, papers_digitised = p.digitised,
                    papers_reused = p.reused, updated_at = greatest(f.updated_at, ?)
                from (select count(*) as recorded, count(*) filter (where digitised) as digitised,
                             count(*) filter (where reused) as reused
                        from dossier_paper_fact where dossier_id = ?) p
                where f.dossier_id = ? and f.province_code = ?""", eventTime, dossier, dossier, province);
    }

    /**
     * Copies the dossier's latest due row (by {@code valid_from}, whatever order the events came in) onto its fact,
     * after each change to its due rows: form II.06b reads the due date in force at a period's end from the fact
     * when that row was already in force then (V6, {@link FormQueries06b}). No row is written when nothing changed.
     * Queued as the dossier's closing write ({@link Jdbc#last}): once per dossier per transaction, after its other
     * writes, however many of a replayed batch's events changed its due rows.
     */
    void latestDue(String province, UUID dossier) {
        jdbc.last(dossier, """
                update dossier_fact f set latest_due_from = u.valid_from, latest_due_at = u.due_at
                from (select valid_from, due_at from dossier_due where dossier_id = ? and province_code = ?
                      order by valid_from desc limit 1) u
                where f.dossier_id = ? and f.province_code = ?
                  and (f.latest_due_from is distinct from u.valid_from or f.latest_due_at is distinct from u.due_at)""",
                dossier, province, dossier, province);
    }
}
