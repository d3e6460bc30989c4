package vn.motcua.dossier.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.config.NearingConfig;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DueFlag;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Danh sách hồ sơ cần xử lý: the pending dossiers (received, in appraisal) an officer works on, each flagged in
 * time, nearing or overdue ({@link DueFlag}). A processing officer sees those at his name and his unit's not yet
 * assigned; a unit lead the unit's; an agency head the agency's (those it is competent for, and those it holds
 * as a co-operating agency); the desk the province's not yet handed over (Decree 118/2025 Art. 18 cl. 2: they
 * must leave it the same working day).
 */
@ApplicationScoped
public class Worklist {
    private static final List<DossierStatus> PENDING = List.of(DossierStatus.RECEIVED, DossierStatus.IN_APPRAISAL);

    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    @Inject
    NearingConfig config;

    @Transactional
    public WorklistRow.Page of(Caller caller, WorklistQuery query) {
        ProvinceCode province = tenant.require();
        WorkingCalendar calendar = calendars.of(province);
        Instant now = clock.instant();
        Duration nearing = Duration.ofHours(config.hoursFor(province.value()));
        Instant nearingFrom = DueFlag.nearingFrom(now, nearing, calendar);

        StringBuilder where = new StringBuilder("status in :pending");
        Parameters params = Parameters.with("pending", PENDING);
        WorklistQuery.View view = query.view().orElseGet(() -> widest(caller));
        switch (view) {
            case MINE -> {
                if (caller.has(Roles.PROCESSING_OFFICER)) {
                    where.append(" and (currentOfficer = :me");
                    params.and("me", caller.name());
                    if (caller.agency().isPresent() && caller.unit().isPresent()) {
                        where.append(" or (currentAgency = :agency and currentUnit = :unit and currentOfficer is null)");
                        params.and("agency", caller.agency().get()).and("unit", caller.unit().get());
                    }
                    where.append(")");
                } else if (caller.has(Roles.RECEPTION_OFFICER)) {
                    where.append(" and stepNumber is null");
                } else {
                    throw notGranted(view);
                }
            }
            case UNIT -> {
                if (!caller.has(Roles.UNIT_LEAD) || caller.agency().isEmpty() || caller.unit().isEmpty()) {
                    throw notGranted(view);
                }
                where.append(" and currentAgency = :agency and currentUnit = :unit");
                params.and("agency", caller.agency().get()).and("unit", caller.unit().get());
            }
            case AGENCY -> {
                if (!caller.has(Roles.AGENCY_HEAD) || caller.agency().isEmpty()) {
                    throw notGranted(view);
                }
                where.append(" and (agency = :agency or currentAgency = :agency)");
                params.and("agency", caller.agency().get());
            }
        }
        query.flag().ifPresent(flag -> {
            switch (flag) {
                case OVERDUE -> where.append(" and dueAt < :now");
                case NEARING -> where.append(" and dueAt >= :now and dueAt <= :nearingFrom");
                case DUE -> where.append(" and dueAt > :nearingFrom");
            }
            if (flag != DueFlag.DUE) {
                params.and("now", now);
            }
            if (flag != DueFlag.OVERDUE) {
                params.and("nearingFrom", nearingFrom);
            }
        });
        query.status().ifPresent(status -> {
            if (!PENDING.contains(status)) {
                throw ProblemException.invalidField("status", "must be one of " + PENDING);
            }
            where.append(" and status = :status");
            params.and("status", status);
        });
        query.procedure().ifPresent(code -> {
            where.append(" and procedureCode = :procedure");
            params.and("procedure", code);
        });
        // a typed count whose interpretation Hibernate caches by its text; Panache's count(where) parsed the HQL
        // again on every call to derive its count query (issue 17's profile of the worklist)
        TypedQuery<Long> counting = Dossier.getEntityManager()
                .createQuery("select count(*) from Dossier where " + where, Long.class);
        params.map().forEach(counting::setParameter);
        long total = counting.getSingleResult();
        List<Dossier> page = Dossier.<Dossier>find(where + " order by " + query.sort().property + " asc nulls last, id",
                params).page(query.page(), query.size()).list();
        List<WorklistRow> rows = new ArrayList<>(page.size());
        for (Dossier d : page) {
            rows.add(new WorklistRow(d.id, d.code, d.procedureCode, d.applicantName, d.status, d.stepNumber, d.currentAgency,
                    d.currentUnit, d.currentOfficer, d.receivedAt, d.dueAt, d.stepDueAt,
                    DueFlag.of(now, d.dueAt, nearingFrom)));
        }
        return new WorklistRow.Page(rows, total);
    }

    /** The widest view the caller's roles grant: the agency, the unit, or the own list. */
    private static WorklistQuery.View widest(Caller caller) {
        if (caller.has(Roles.AGENCY_HEAD)) {
            return WorklistQuery.View.AGENCY;
        }
        if (caller.has(Roles.UNIT_LEAD)) {
            return WorklistQuery.View.UNIT;
        }
        return WorklistQuery.View.MINE;
    }

    private static ProblemException notGranted(WorklistQuery.View view) {
        String name = view.name().toLowerCase(java.util.Locale.ROOT);
        return new ProblemException(403, "worklist-view-not-granted", "View not granted", "Your roles do not "
                + "grant the worklist view '" + name + "'.", List.of(new Problem.FieldError("view",
                        "'" + name + "' is not granted to your roles")));
    }
}
