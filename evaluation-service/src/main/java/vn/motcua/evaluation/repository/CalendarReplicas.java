package vn.motcua.evaluation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.CalendarChanged;

/**
 * The latest calendar of each province (catalog.calendars.v1), one row per province keyed by its code: native SQL,
 * each query naming the province (the rating and feedback use cases ask for a province's calendar by code).
 */
@ApplicationScoped
public class CalendarReplicas {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Inject
    EntityManager em;

    /** Keeps the snapshot when its revision is higher than the one held; an older one arriving late is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(CalendarChanged calendar) {
        return em.createNativeQuery("insert into calendar_replica (province_code, revision, snapshot)"
                        + " values (?1, ?2, cast(?3 as jsonb)) on conflict (province_code) do update"
                        + " set revision = excluded.revision, snapshot = excluded.snapshot"
                        + " where calendar_replica.revision < excluded.revision")
                .setParameter(1, calendar.province())
                .setParameter(2, calendar.revision())
                .setParameter(3, write(calendar))
                .executeUpdate() == 1;
    }

    /** The province's calendar as last received, if any arrived. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarChanged> of(String province) {
        List<?> rows = em.createNativeQuery("select cast(snapshot as text) from calendar_replica"
                        + " where province_code = ?1")
                .setParameter(1, province).getResultList();
        return rows.stream().findFirst().map(Object::toString).map(CalendarReplicas::read);
    }

    /** The revision held for the province, without reading the snapshot (what a cache checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> revision(String province) {
        List<?> rows = em.createNativeQuery("select revision from calendar_replica where province_code = ?1")
                .setParameter(1, province).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).intValue());
    }

    /** Deletes every province's calendar (a rebuild). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        em.createNativeQuery("delete from calendar_replica").executeUpdate();
    }

    private static String write(CalendarChanged calendar) {
        try {
            return JSON.writeValueAsString(calendar);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CalendarChanged read(String json) {
        try {
            return JSON.readValue(json, CalendarChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar unreadable", e);
        }
    }
}
