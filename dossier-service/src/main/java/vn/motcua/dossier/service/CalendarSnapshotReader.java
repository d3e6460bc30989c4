package vn.motcua.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.motcua.dossier.domain.OfficeHours;
import vn.motcua.dossier.domain.ProvinceCalendar;
import vn.motcua.events.CalendarChanged;

/** Turns the catalogue's calendar snapshot into the domain's {@link ProvinceCalendar}, and stores it as JSON. */
@ApplicationScoped
public class CalendarSnapshotReader {
    // the event's own wire form (times as 07:30), not the REST layer's mapper with its input rules
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(CalendarChanged snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the calendar of " + snapshot.province(), e);
        }
    }

    public CalendarChanged read(String stored) {
        try {
            return json.readValue(stored, CalendarChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored calendar does not read back", e);
        }
    }

    /**
     * The domain calendar of a snapshot: every kind of day off (holiday, compensatory, local) is off, a swapped
     * working day works.
     *
     * @throws IllegalArgumentException when the snapshot contradicts itself (an unknown zone, bad hours, a day both
     *                                  off and worked)
     */
    public ProvinceCalendar calendar(CalendarChanged snapshot) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> swapped = new HashSet<>();
        for (CalendarChanged.Day day : snapshot.days()) {
            (day.kind().isDayOff() ? off : swapped).add(day.date());
        }
        Set<DayOfWeek> rest = snapshot.weeklyRest().isEmpty() ? Set.of() : EnumSet.copyOf(snapshot.weeklyRest());
        return new ProvinceCalendar(ZoneId.of(snapshot.zone()), rest, off, swapped, snapshot.officeHours().stream()
                .map(h -> new OfficeHours(h.validFrom(), h.morningStart(), h.morningEnd(), h.afternoonStart(),
                        h.afternoonEnd(), h.transferCutOff()))
                .toList());
    }
}
