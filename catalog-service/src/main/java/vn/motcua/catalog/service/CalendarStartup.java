package vn.motcua.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * At start-up, publishes the calendar of every registered province whose content changed since its last
 * publication: national days seeded by a migration reach the consumers without anyone touching a calendar, and
 * a restart with nothing new publishes nothing.
 */
@ApplicationScoped
public class CalendarStartup {
    private static final Logger LOG = Logger.getLogger(CalendarStartup.class);

    @Inject
    TenantRunner tenants;

    @Inject
    CalendarPublisher publisher;

    void onStart(@Observes StartupEvent event) {
        publishChangedCalendars();
    }

    /** How many provinces' calendars were published. */
    public int publishChangedCalendars() {
        List<String> codes = QuarkusTransaction.requiringNew()
                .call(() -> ProvinceRegisterEntry.all().stream().map(p -> p.code).toList());
        int published = 0;
        for (String code : codes) {
            try {
                boolean changed = tenants.callAs(new ProvinceCode(code), () -> publisher
                        .publishIfChanged(ProvinceRegisterEntry.byCode(code).orElseThrow()).isPresent());
                published += changed ? 1 : 0;
            } catch (RuntimeException e) {
                // another replica starting at the same moment may have published it; the next start retries
                LOG.warnf(e, "calendar of province %s not published at start-up", code);
            }
        }
        if (published > 0) {
            LOG.infof("published the calendars of %d provinces", published);
        }
        return published;
    }
}
