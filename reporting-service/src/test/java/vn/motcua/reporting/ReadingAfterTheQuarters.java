package vn.motcua.reporting;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The tests read quarters of 2031 onwards, each test its own, so they share one database without disturbing
 * each other. Reports are cut at "now" while their quarter runs; the tests read them as an official would
 * after those quarters closed. Replaces the platform's default system clock in this module's tests only.
 */
@Singleton
public class ReadingAfterTheQuarters {
    static final Instant NOW = Instant.parse("2040-01-01T00:00:00Z");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
