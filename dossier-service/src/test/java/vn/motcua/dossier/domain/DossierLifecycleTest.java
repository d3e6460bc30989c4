package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Timeliness;

class DossierLifecycleTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant ACCEPTED = Instant.parse("2026-02-12T03:00:00Z");
    static final Instant DUE = Instant.parse("2026-02-19T10:00:00Z");

    static LoggedAction reception() {
        return DossierLifecycle.receive("tiepnhan.ls", ACCEPTED, DeadlineClock.startAt(ACCEPTED, 5),
                DeadlineClockTest.WEEKDAYS);
    }

    @Test
    void theReceptionOpensTheLogWithTheAppointedDate() {
        LoggedAction entry = reception();

        assertThat(entry).isEqualTo(new LoggedAction(1, DossierAction.RECEIVE, "tiepnhan.ls", ACCEPTED, null, DUE));
        assertThat(DossierLifecycle.replay(List.of(entry), VIETNAM))
                .isEqualTo(new DossierState(DossierStatus.RECEIVED, 1, ACCEPTED, DUE, null, null));
    }

    @Test
    void theStateIsWhatTheLogAmountsTo() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);
        // resolved Wed 18/02 at 15:00 local: before the appointed Thu 19/02, so early (trước hạn)
        LoggedAction resolution = DossierLifecycle.resolve(received, "xuly.ls", Instant.parse("2026-02-18T08:00:00Z"));

        assertThat(resolution).isEqualTo(new LoggedAction(2, DossierAction.RESOLVE, "xuly.ls",
                Instant.parse("2026-02-18T08:00:00Z"), DUE, DUE));
        assertThat(DossierLifecycle.replay(List.of(reception(), resolution), VIETNAM))
                .isEqualTo(new DossierState(DossierStatus.RESOLVED, 2, ACCEPTED, DUE,
                        Instant.parse("2026-02-18T08:00:00Z"), Timeliness.EARLY));
    }

    @Test
    void aResolvedDossierIsNotResolvedAgain() {
        DossierState received = DossierLifecycle.replay(List.of(reception()), VIETNAM);
        LoggedAction resolution = DossierLifecycle.resolve(received, "xuly.ls", DUE);
        DossierState resolved = DossierLifecycle.replay(List.of(reception(), resolution), VIETNAM);

        assertThatThrownBy(() -> DossierLifecycle.resolve(resolved, "xuly.ls", DUE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("cannot resolve a dossier that is resolved");
    }

    @Test
    void aLogThatBreaksTheRulesIsRefusedNotRepaired() {
        LoggedAction resolveFirst = new LoggedAction(1, DossierAction.RESOLVE, "xuly.ls", ACCEPTED, null, DUE);
        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(resolveFirst), VIETNAM))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("a dossier's history must start with its reception, not resolve");

        LoggedAction gap = new LoggedAction(3, DossierAction.RESOLVE, "xuly.ls", DUE, DUE, DUE);
        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(reception(), gap), VIETNAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action log entry 3 where 2 was expected");

        assertThatThrownBy(() -> DossierLifecycle.replay(List.of(), VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
