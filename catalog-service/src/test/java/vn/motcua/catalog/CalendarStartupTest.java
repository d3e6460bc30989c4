package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.service.CalendarStartup;
import vn.motcua.testing.KafkaResource;
import vn.motcua.testing.PostgresResource;
import vn.motcua.testing.TestKafka;
import vn.motcua.events.Topics;

/**
 * National days reach consumers without a user action: start-up publishes each registered province's calendar
 * whose content changed since its last publication, and only those.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, parallel = true)
@QuarkusTestResource(value = KafkaResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarStartupTest {
    // Cà Mau: no test changes its calendar
    static final String CA_MAU = "96";

    @Inject
    CalendarStartup startup;

    @Inject
    DataSource dataSource;

    @Test
    void startUpPublishedEveryProvinceAndARestartWithNothingNewPublishesNothing() {
        try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_CALENDARS)) {
            List<ConsumerRecord<String, String>> caMau = reader.await(r -> CA_MAU.equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(caMau.getFirst().value()).contains("\"revision\":1", "\"date\":\"2026-02-17\"");

            // what a restart does: the same walk over the register
            assertThat(startup.publishChangedCalendars()).isZero();
            assertThat(startup.publishChangedCalendars()).isZero();

            assertThat(reader.within(r -> CA_MAU.equals(r.key()), Duration.ofSeconds(2))).hasSameSizeAs(caMau);
        }
    }

    @Test
    void aNationalDayAddedByALaterMigrationIsPublishedToEveryProvinceOnce() throws SQLException {
        execute("insert into national_day (day, kind, name, source, status) values "
                + "('2099-11-24', 'HOLIDAY', 'Ngày Văn hóa Việt Nam', 'BLLĐ 2019 Điều 112 [verify]', 'PROJECTED')");
        try {
            assertThat(startup.publishChangedCalendars()).isEqualTo(34);
            assertThat(startup.publishChangedCalendars()).isZero();
            try (TestKafka.Reader reader = TestKafka.reader(Topics.CATALOG_CALENDARS)) {
                assertThat(reader.await(r -> CA_MAU.equals(r.key()) && r.value().contains("2099-11-24"), 1,
                        Duration.ofSeconds(20)).getFirst().value()).contains("Ngày Văn hóa Việt Nam");
            }
        } finally {
            execute("delete from national_day where day = '2099-11-24'");
            startup.publishChangedCalendars();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
