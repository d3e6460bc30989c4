package vn.motcua.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.repository.ManualAssessment;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantContext;

/**
 * The items an agency enters by hand per quarter ({@link AssessmentItem}), by its head or the province admin.
 * Append-only: a new entry of an item supersedes the earlier ones, which stay as its history.
 */
@ApplicationScoped
public class ManualAssessments {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Inject
    Reevaluation reevaluation;

    @Inject
    DossierDirectory directory;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    /** @param points null for an item without points */
    public record Entry(String item, BigDecimal points, String note) {
    }

    public record ItemView(AssessmentItem item, BigDecimal points, String note, String enteredBy,
            Instant enteredAt) {
    }

    /** @param items the latest entry of each item; history every entry, newest first */
    public record AgencyAssessment(String agency, String period, List<ItemView> items, List<ItemView> history) {
    }

    public AgencyAssessment enter(Caller caller, String agency, String period, List<Entry> entries) {
        mayEnter(caller, agency);
        String label = quarterLabel(period);
        List<ItemView> checked = check(entries);
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            for (ItemView v : checked) {
                ManualAssessment m = new ManualAssessment();
                m.id = UUID.randomUUID();
                m.agency = agency;
                m.periodLabel = label;
                m.item = v.item().name();
                m.points = v.points();
                m.note = v.note();
                m.enteredBy = caller.name();
                m.enteredAt = now;
                m.persist();
            }
            reevaluation.agencyChanged(agency, lastDayOf(label));
            return read(agency, label);
        });
    }

    public AgencyAssessment of(Caller caller, String agency, String period) {
        mayEnter(caller, agency);
        String label = quarterLabel(period);
        return QuarkusTransaction.requiringNew().call(() -> read(agency, label));
    }

    /** The latest of each item for the agency and period; a year is its four quarters, a range has none. */
    public List<ItemView> latest(String agency, ReportingPeriod period) {
        List<String> labels = switch (period.kind()) {
            case QUARTER -> List.of(period.label());
            case YEAR -> IntStream.rangeClosed(1, 4).mapToObj(q -> period.label() + "-Q" + q).toList();
            case RANGE, MONTH, HALF_YEAR -> List.of();
        };
        return latestOf(ManualAssessment.history(agency, labels).stream().map(ManualAssessments::view).toList());
    }

    private static AgencyAssessment read(String agency, String label) {
        List<ItemView> history = ManualAssessment.history(agency, List.of(label)).stream()
                .map(ManualAssessments::view).toList();
        return new AgencyAssessment(agency, label, latestOf(history), history);
    }

    /** @param newestFirst entries newest first */
    private static List<ItemView> latestOf(Collection<ItemView> newestFirst) {
        Map<AssessmentItem, ItemView> latest = new LinkedHashMap<>();
        newestFirst.forEach(v -> latest.putIfAbsent(v.item(), v));
        return latest.values().stream().sorted(Comparator.comparing(ItemView::item)).toList();
    }

    private static ItemView view(ManualAssessment m) {
        // numeric(4,1) reads 16 back as 16.0: shown as entered
        BigDecimal points = m.points == null ? null : new BigDecimal(m.points.stripTrailingZeros().toPlainString());
        return new ItemView(AssessmentItem.valueOf(m.item), points, m.note, m.enteredBy, m.enteredAt);
    }

    private static List<ItemView> check(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw invalid(List.of(new Problem.FieldError("items", "must hold at least one item")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ItemView> checked = new ArrayList<>();
        java.util.Set<AssessmentItem> seen = java.util.EnumSet.noneOf(AssessmentItem.class);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "items[" + i + "]";
            Optional<AssessmentItem> item = AssessmentItem.named(e.item());
            if (item.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".item", "must be one of "
                        + List.of(AssessmentItem.values())));
                continue;
            }
            if (!seen.add(item.get())) {
                errors.add(new Problem.FieldError(at + ".item", "is given more than once"));
            }
            if (e.note() == null || e.note().isBlank()) {
                errors.add(new Problem.FieldError(at + ".note", "is required"));
            }
            if (e.points() != null) {
                Optional<BigDecimal> max = item.get().maxPoints();
                if (max.isEmpty()) {
                    errors.add(new Problem.FieldError(at + ".points", "must be absent: " + e.item()
                            + " carries no points"));
                } else if (e.points().signum() < 0 || e.points().compareTo(max.get()) > 0
                        || e.points().stripTrailingZeros().scale() > 1) {
                    errors.add(new Problem.FieldError(at + ".points", "must be 0 to " + max.get()
                            + " with at most one decimal"));
                }
            }
            checked.add(new ItemView(item.get(), e.points(), e.note(), null, null));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return checked;
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(422, "invalid-assessment", "Invalid assessment",
                String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
    }

    private static void mayEnter(Caller caller, String agency) {
        if (caller.province().isPresent() && (caller.has(Roles.PROVINCE_ADMIN)
                || caller.has(Roles.AGENCY_HEAD) && caller.agency().filter(agency::equals).isPresent())) {
            return;
        }
        throw FeedbackRegister.outside("Items of " + agency + " are entered by its head or the province admin.");
    }

    /** Only quarters: the items are entered per reporting quarter (2026-Q2). */
    private static String quarterLabel(String period) {
        if (period == null || !QUARTER.matcher(period).matches()) {
            throw new ProblemException(422, "invalid-period", "Invalid period", "period: must be a quarter, e.g."
                    + " 2026-Q2", List.of(new Problem.FieldError("period", "must be a quarter YYYY-Qn, e.g. 2026-Q2")));
        }
        return period;
    }

    /** The last day of the quarter as the province cuts it (with the cut-off day in force in its last month). */
    private LocalDate lastDayOf(String label) {
        Matcher m = QUARTER.matcher(label);
        m.matches();
        LocalDate lastMonth = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)), 1);
        int cutoff = directory.cutoffDay(tenant.require().value(), lastMonth);
        return ReportingPeriod.parse(label, cutoff).to();
    }
}
