package vn.motcua.dossier.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.CalendarChanged.DayKind;
import vn.motcua.events.CalendarChanged.DayStatus;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;

/**
 * The province's calendar revision is read once per transaction, not once per use: a revision another instance
 * commits meanwhile is used from the next transaction on (never half-way through one intake), and a revision this
 * transaction applies itself is used at once. Provinces 16 and 17: no other test uses them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class WorkingCalendarsTest {
    /** Fri 13/02/2026: a weekday, made a local day off by revision 2. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 2, 13);

    @Inject
    WorkingCalendars calendars;

    @Inject
    CalendarReplicaService replicas;

    @Inject
    TenantRunner tenants;

    @Test
    void aRevisionCommittedMeanwhileCountsFromTheNextTransactionOn() {
        ProvinceCode province = new ProvinceCode("16");
        apply(province, 1, false);
        List<Boolean> workingOnFriday = new ArrayList<>();
        tenants.inTransactionAs(province, () -> {
            workingOnFriday.add(calendars.of(province).isWorkingDay(FRIDAY));
            // another instance's consumer commits revision 2 while this transaction runs
            apply(province, 2, true);
            workingOnFriday.add(calendars.of(province).isWorkingDay(FRIDAY));
        });
        tenants.inTransactionAs(province, () -> workingOnFriday.add(calendars.of(province).isWorkingDay(FRIDAY)));

        assertThat(workingOnFriday).containsExactly(true, true, false);
    }

    @Test
    void aRevisionAppliedInTheTransactionCountsAtOnce() {
        ProvinceCode province = new ProvinceCode("17");
        apply(province, 1, false);
        List<Boolean> workingOnFriday = new ArrayList<>();
        tenants.inTransactionAs(province, () -> {
            workingOnFriday.add(calendars.of(province).isWorkingDay(FRIDAY));
            replicas.apply(EventEnvelope.of(calendar(province, 2, true), province, Instant.now()),
                    calendar(province, 2, true));
            workingOnFriday.add(calendars.of(province).isWorkingDay(FRIDAY));
        });

        assertThat(workingOnFriday).containsExactly(true, false);
    }

    private void apply(ProvinceCode province, int revision, boolean fridayOff) {
        CalendarChanged calendar = calendar(province, revision, fridayOff);
        tenants.inTransactionAs(province, () -> replicas.apply(EventEnvelope.of(calendar, province, Instant.now()),
                calendar));
    }

    private static CalendarChanged calendar(ProvinceCode province, int revision, boolean fridayOff) {
        List<CalendarChanged.Day> days = fridayOff
                ? List.of(new CalendarChanged.Day(FRIDAY, DayKind.LOCAL_DAY_OFF, "Ngày nghỉ của tỉnh", "test",
                        DayStatus.DECIDED))
                : List.of();
        return new CalendarChanged(province.value(), revision, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(new CalendarChanged.OfficeHours(
                        LocalDate.parse("2022-01-01"), LocalTime.of(7, 30), LocalTime.of(11, 30),
                        LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0))),
                days, Instant.parse("2026-01-05T01:00:00Z"), null);
    }
}
