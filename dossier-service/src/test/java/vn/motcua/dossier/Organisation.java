package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import vn.motcua.events.AgencyChanged;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.testing.Sql;

/**
 * Announces agencies and procedures with an internal process the way catalog-service does (as events), and waits
 * until the dossier service's replicas hold them. No catalog-service runs here.
 */
public final class Organisation {
    private Organisation() {
    }

    /** An agency with professional units named by their codes (the first may be the desk: kind by name). */
    public static AgencyChanged agency(String province, String code, String officialCode, String parent, int revision,
            String... units) {
        return new AgencyChanged(province, code, officialCode, "Cơ quan " + code, parent, LocalDate.of(2025, 3, 1),
                null, Arrays.stream(units).map(u -> new AgencyChanged.Unit(u, null, "Phòng " + u,
                        u.equals("MOTCUA") ? "ONE_STOP_DESK" : "PROFESSIONAL_UNIT")).toList(), List.of(), revision,
                Instant.now());
    }

    /** Version 1 since long ago, one case "CHUNG" of {@code workingDays}, with these steps ("UNIT:share"). */
    public static ProcedurePublished procedure(String province, String code, String agency,
            ProcedureTerms.Mechanism mechanism, List<String> cooperating, int workingDays, String... steps) {
        ProcedureTerms base = Catalogue.terms(province, 1, Catalogue.LONG_AGO, List.of(Catalogue.variant("CHUNG",
                workingDays, ProcedureTerms.TimeUnit.WORKING_DAYS)));
        List<ProcedureTerms.ProcessStep> process = Arrays.stream(steps).map(s -> s.split(":"))
                .map(s -> new ProcedureTerms.ProcessStep(s[0], "chuyên viên", Integer.parseInt(s[1]))).toList();
        ProcedureTerms terms = new ProcedureTerms(1, base.effectiveFrom(), null, null, base.name(), base.fieldCode(),
                agency, base.issuingLevel(), mechanism, cooperating, base.onlineMode(), false, false, false,
                List.of(), List.of(), base.caseVariants(), process, base.decision());
        return new ProcedurePublished(java.util.UUID.randomUUID(), code, terms, Instant.now());
    }

    /** Waits until {@code sql} (a count) answers {@code expected}. */
    public static void await(DataSource db, String sql, String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> expected.equals(Sql.row(db, sql)));
    }
}
