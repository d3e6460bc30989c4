package vn.motcua.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.domain.AcceptanceLimit;
import vn.motcua.dossier.domain.WorkingCalendar;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.events.Channel;
import vn.motcua.platform.security.AccessRules;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.tenant.TenantContext;

/**
 * Hồ sơ chờ tiếp nhận: online and postal dossiers the desk has not yet accepted, refused or sent back for papers,
 * each with the end of its 8 working hours ({@link AcceptanceLimit}, Decree 118/2025 Art. 17 cl. 2). Read when
 * asked, not announced by the sweep: the limit binds the desk, which reads this list, and no other service acts on
 * it, so no event is published for it.
 */
@ApplicationScoped
public class AwaitingAcceptance {
    @Inject
    Clock clock;

    @Inject
    TenantContext tenant;

    @Inject
    WorkingCalendars calendars;

    /** A submitted dossier and the end of the desk's time to answer it. */
    public record Waiting(UUID id, String procedureCode, String agency, Channel channel, Instant submittedAt,
            Instant answerBy, boolean late) {
    }

    /** @param lateOnly only those past the 8 working hours */
    @Transactional
    public List<Waiting> list(Caller caller, boolean lateOnly, int page, int size) {
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.of(tenant.require());
        // 8 working hours take at least 8 hours; and as the limit grows with the submission time, the late
        // dossiers come first in submission order, so a page of this query filtered is a page of the late ones
        Instant submittedBy = lateOnly ? now.minus(Duration.ofHours(8)) : now.plus(Duration.ofDays(1));
        return Dossier.pageAwaitingAcceptance(AccessRules.caseScope(caller), submittedBy, page, size).stream()
                .map(d -> {
                    Instant answerBy = AcceptanceLimit.answerBy(d.submittedAt, calendar);
                    return new Waiting(d.id, d.procedureCode, d.agency, d.channel, d.submittedAt, answerBy,
                            now.isAfter(answerBy));
                })
                .filter(w -> !lateOnly || w.late())
                .toList();
    }
}
