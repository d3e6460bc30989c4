package vn.motcua.evaluation.rest;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.motcua.evaluation.flow.DossierStory;
import vn.motcua.evaluation.service.DossierDirectory;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.EventEnvelope;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.testing.TestKafka;

/**
 * Dossiers evaluation-service knows the way it learns of them in production: dossier-service's events on the topic,
 * projected by the consumer, then read through {@link DossierDirectory}. Received 1/4/2026, handed to unit PQLKH's
 * officer {@link #OFFICER}, resolved 10/4 (early against 15/4), returned 13/4 when asked.
 */
public final class KnownDossiers {
    public static final String OFFICER = "xuly.ls";
    public static final String UNIT = "PQLKH";
    static final Instant RESOLVED = Instant.parse("2026-04-10T03:00:00Z");
    static final Instant RETURNED = Instant.parse("2026-04-13T03:00:00Z");
    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private KnownDossiers() {
    }

    /**
     * Lạng Sơn's calendar as the catalogue announces it, with the 2026 holidays of 30/4 and 1/5 (a Thursday and a
     * Friday; Labour Code 2019 Art. 112), once the projection holds it.
     */
    public static void langSonCalendar(TenantRunner tenants, DossierDirectory directory) {
        LocalDate reunification = LocalDate.of(2026, 4, 30);
        CalendarChanged calendar = new CalendarChanged("20", 1, "Asia/Ho_Chi_Minh",
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new CalendarChanged.OfficeHours(LocalDate.of(2020, 1, 1), LocalTime.of(7, 30),
                        LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0))),
                List.of(new CalendarChanged.Day(reunification, CalendarChanged.DayKind.HOLIDAY,
                                "Ngày Giải phóng miền Nam, thống nhất đất nước", "Bộ luật Lao động 2019 Điều 112",
                                CalendarChanged.DayStatus.DECIDED),
                        new CalendarChanged.Day(LocalDate.of(2026, 5, 1), CalendarChanged.DayKind.HOLIDAY,
                                "Ngày Quốc tế lao động", "Bộ luật Lao động 2019 Điều 112",
                                CalendarChanged.DayStatus.DECIDED)),
                Instant.parse("2026-01-05T02:00:00Z"), null);
        TestKafka.publish(EventEnvelope.of(calendar, new ProvinceCode("20"), calendar.changedAt()));
        await().atMost(EVENTUALLY).until(() -> !tenants.callAs(new ProvinceCode("20"),
                () -> directory.context("20").workingDay().test(reunification)));
    }

    /** Published and projected: the directory finds it (with its return, when returned). */
    public static DossierStory known(TenantRunner tenants, DossierDirectory directory, String province,
            String agency, boolean returned) {
        DossierStory story = DossierStory.of(province, agency).received("tiepnhan.ls").handedTo(UNIT, OFFICER)
                .resolved(RESOLVED, UNIT, OFFICER);
        if (returned) {
            story.returned(RETURNED);
        }
        story.events().forEach(TestKafka::publish);
        await().atMost(EVENTUALLY).until(() -> tenants.callAs(new ProvinceCode(province),
                () -> directory.find(story.id)).filter(d -> d.resolvedAt() != null)
                .filter(d -> !returned || d.returnedAt() != null).isPresent());
        return story;
    }
}
