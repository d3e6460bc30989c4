package vn.motcua.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.TenantRunner;
import vn.motcua.reporting.domain.form.KpiCode;
import vn.motcua.reporting.repository.PlanTarget;

/**
 * A province's plan targets (chỉ tiêu kế hoạch) per year: the provincial People's Committee sets them in its yearly
 * plan on administrative reform and digital transformation (Hà Tĩnh 2023 [seed 003]: 60 % of dossiers online, 85 %
 * satisfaction...), the province admin enters them, the reports compare the rates with them. Each change is a new
 * row with who and when; the latest per KPI is in force; entering the same figures again adds nothing.
 */
@ApplicationScoped
public class TargetService implements PlanTargets {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    TenantRunner tenants;

    @Inject
    Clock clock;

    /** @param targets percent per KPI code as the request named it (unknown codes are refused, named) */
    public record SetCommand(Map<String, BigDecimal> targets, String source) {
    }

    public record Entry(KpiCode kpi, BigDecimal percent, String source, String enteredBy, Instant enteredAt) {
    }

    /** @param inForce one per KPI with a target, in {@link KpiCode} order; @param history every entry, newest first */
    public record TargetsView(ProvinceCode province, int year, List<Entry> inForce, List<Entry> history) {
    }

    /**
     * The province's targets of the year: its own for the province admin, an agency head and a unit lead (the
     * agencies work to the province's plan); another province's for the national auditor, who names it
     * ({@link ReportAccess}).
     */
    public TargetsView view(Caller caller, int year, Optional<String> requested) {
        ProvinceCode province = ReportAccess.scope(caller, requested, Optional.empty()).provinceCode().orElseThrow();
        return tenants.callAs(province, () -> read(province, year));
    }

    /** Enters the targets of the caller's province for the year, the province admin only. */
    public TargetsView set(Caller caller, int year, SetCommand command) {
        if (!caller.has(Roles.PROVINCE_ADMIN) || caller.province().isEmpty()) {
            throw new ProblemException(403, "outside-jurisdiction", "Outside your jurisdiction",
                    "Plan targets are entered by the province admin.");
        }
        Map<KpiCode, BigDecimal> wanted = validated(command.targets());
        ProvinceCode province = caller.province().get();
        return tenants.callAs(province, () -> {
            Map<KpiCode, PlanTarget> current = latest(PlanTarget.ofYear(year));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            wanted.forEach((kpi, percent) -> {
                PlanTarget before = current.get(kpi);
                if (before != null && before.percent.compareTo(percent) == 0
                        && Objects.equals(before.source, command.source())) {
                    return;
                }
                PlanTarget row = new PlanTarget();
                row.id = UUID.randomUUID();
                row.year = year;
                row.kpi = kpi.name();
                row.percent = percent;
                row.source = command.source();
                row.enteredBy = caller.name();
                row.enteredAt = now;
                row.persist();
            });
            PlanTarget.flush();
            return read(province, year);
        });
    }

    @Override
    public Map<KpiCode, BigDecimal> inForce(ProvinceCode province, int year) {
        return tenants.callAs(province, () -> {
            Map<KpiCode, BigDecimal> percent = new EnumMap<>(KpiCode.class);
            latest(PlanTarget.ofYear(year)).forEach((kpi, row) -> percent.put(kpi, row.percent));
            return percent;
        });
    }

    private static TargetsView read(ProvinceCode province, int year) {
        List<PlanTarget> rows = PlanTarget.ofYear(year);
        List<Entry> inForce = latest(rows).values().stream().map(TargetService::entry).toList();
        return new TargetsView(province, year, inForce, rows.stream().map(TargetService::entry).toList());
    }

    /** The latest row per KPI (rows newest first), in KpiCode order; a row of a KPI no longer known is skipped. */
    private static Map<KpiCode, PlanTarget> latest(List<PlanTarget> newestFirst) {
        Map<KpiCode, PlanTarget> latest = new EnumMap<>(KpiCode.class);
        for (PlanTarget row : newestFirst) {
            kpi(row.kpi).ifPresent(kpi -> latest.putIfAbsent(kpi, row));
        }
        return latest;
    }

    private static Entry entry(PlanTarget row) {
        return new Entry(KpiCode.valueOf(row.kpi), row.percent, row.source, row.enteredBy, row.enteredAt);
    }

    /**
     * Each KPI a {@link KpiCode}, each percent 0..100 with at most one decimal (the reports print one); every
     * wrong entry named in one 422, {@code targets.X}.
     */
    static Map<KpiCode, BigDecimal> validated(Map<String, BigDecimal> targets) {
        Map<KpiCode, BigDecimal> valid = new EnumMap<>(KpiCode.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        targets.forEach((code, percent) -> {
            String field = "targets." + code;
            Optional<KpiCode> kpi = kpi(code);
            if (kpi.isEmpty()) {
                errors.add(new Problem.FieldError(field, "is not a KPI; known: " + List.of(KpiCode.values())));
            } else if (percent == null) {
                errors.add(new Problem.FieldError(field, "must be a number from 0 to 100"));
            } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                errors.add(new Problem.FieldError(field, "must be from 0 to 100"));
            } else if (percent.stripTrailingZeros().scale() > 1) {
                errors.add(new Problem.FieldError(field, "must have at most one decimal"));
            } else {
                valid.put(kpi.get(), percent.setScale(1));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException(422, "invalid-target", "Invalid plan target",
                    errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).get(),
                    errors);
        }
        return valid;
    }

    private static Optional<KpiCode> kpi(String code) {
        for (KpiCode k : KpiCode.values()) {
            if (k.name().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
