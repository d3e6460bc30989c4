package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * A province's working days as the catalogue publishes them (public {@code GET /api/catalog/calendars/{p}}), so a
 * test picks dates the law allows (an apology's new date must be a working day) without knowing today's date.
 */
final class WorkingDays {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Set<DayOfWeek> weeklyRest = new HashSet<>();
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> swappedWorking = new HashSet<>();

    private WorkingDays(JsonNode calendar) {
        calendar.path("weeklyRest").forEach(d -> weeklyRest.add(DayOfWeek.valueOf(d.asText())));
        for (JsonNode day : calendar.path("days")) {
            LocalDate date = LocalDate.parse(day.path("date").asText());
            if (day.path("kind").asText().equals("SWAPPED_WORKING_DAY")) {
                swappedWorking.add(date);
            } else {
                daysOff.add(date);
            }
        }
    }

    static WorkingDays of(Api api, String province) {
        Api.Reply r = api.get(api.endpoints().gateway() + "/api/catalog/calendars/" + province, null);
        if (r.status() != 200) {
            throw new IllegalStateException("calendar of " + province + ": HTTP " + r.status() + " " + r.body());
        }
        return new WorkingDays(r.json());
    }

    boolean isWorking(LocalDate date) {
        return swappedWorking.contains(date) || !(weeklyRest.contains(date.getDayOfWeek()) || daysOff.contains(date));
    }

    /** The first working day after the day of {@code instant} in Vietnam. */
    LocalDate nextAfter(Instant instant) {
        LocalDate d = instant.atZone(VIETNAM).toLocalDate().plusDays(1);
        while (!isWorking(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The {@code n}-th working day before {@code date}. */
    LocalDate before(LocalDate date, int n) {
        LocalDate d = date;
        for (int found = 0; found < n; ) {
            d = d.minusDays(1);
            found += isWorking(d) ? 1 : 0;
        }
        return d;
    }

    /** The {@code n}-th working day after {@code date}. */
    LocalDate after(LocalDate date, int n) {
        LocalDate d = date;
        for (int found = 0; found < n; ) {
            d = d.plusDays(1);
            found += isWorking(d) ? 1 : 0;
        }
        return d;
    }

    /** {@code date} when it is a working day, else the next one. */
    LocalDate atOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorking(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days strictly between two dates. */
    int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
            n += isWorking(d) ? 1 : 0;
        }
        return n;
    }
}
