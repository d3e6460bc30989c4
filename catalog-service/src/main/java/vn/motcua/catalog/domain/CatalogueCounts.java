package vn.motcua.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * Tình hình công bố, công khai TTHC: the catalogue facts form II.03b counts for a period {@code [from, to]}
 * (Circular 01/2020/TT-VPCP, form II.03b; its exact columns are unverified, domain.md §7; the facts themselves are
 * those of the seed reports, domain.md §2 [seed 000: Lạng Sơn Q2 2022, 57 procedures, 17 of 44 "4 tại chỗ"]).
 * The one home of which version counts where:
 * <ul>
 *   <li><b>in force</b> (tổng số TTHC thuộc thẩm quyền): the versions in force on {@code to}, the period's last
 *       day: {@code effectiveFrom <= to < effectiveTo} (null: open), and the procedure not abolished on or before
 *       {@code to}. The versions of one procedure never overlap, so this is one per procedure;</li>
 *   <li><b>online</b> (trực tuyến): levels 3 and 4 (Decree 43/2011/NĐ-CP Art. 3: a dossier can be submitted
 *       online; level 2 only offers the forms) and full-process or partial (Decree 42/2022/NĐ-CP Art. 11), each
 *       version in the terms it was published under, as the seeds' "44 online: 3 at level 3, 41 at level 4";</li>
 *   <li><b>4 tại chỗ</b>: its count, and its share of the online procedures, given with both inputs (the seeds'
 *       own percentages are wrong, domain.md §2: compute, show the inputs, never copy);</li>
 *   <li><b>published / amended / abolished in the period</b> (công bố mới, sửa đổi, bãi bỏ): by the date of the
 *       decision (quyết định công bố / bãi bỏ) within {@code [from, to]}, both days included: a first version is a
 *       publication, a later one an amendment.</li>
 * </ul>
 */
public record CatalogueCounts(LocalDate from, LocalDate to, InForce inForce, Changes changes) {

    /** One version of a procedure as the rule needs it; {@code abolishedFrom} is its procedure's, null if none. */
    public record Version(String code, String name, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
            LocalDate abolishedFrom, IssuingLevel issuingLevel, Mechanism mechanism, OnlineMode onlineMode,
            boolean postalReceipt, boolean postalReturn, boolean fourOnTheSpot, Decision decision) {
        public Version {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(issuingLevel, "issuingLevel");
            Objects.requireNonNull(mechanism, "mechanism");
            Objects.requireNonNull(onlineMode, "onlineMode");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The abolition of a procedure (bãi bỏ), with the name of its last version. */
    public record Abolition(String code, String name, LocalDate abolishedFrom, Decision decision) {
    }

    public record InForce(long total, IssuingLevels issuingLevel, Mechanisms mechanism, OnlineModes onlineMode,
            Postal postal, FourOnTheSpot fourOnTheSpot) {
    }

    /** Cấp ban hành: set by the central government (trung ương) or by the province (địa phương). */
    public record IssuingLevels(long central, long local) {
    }

    /** Một cửa, một cửa liên thông. */
    public record Mechanisms(long oneStop, long interConnected) {
    }

    /** {@code online} = level 3 + level 4 + partial + full. */
    public record OnlineModes(long none, long level2, long level3, long level4, long partial, long full,
            long online) {
    }

    /** Dịch vụ bưu chính công ích: receiving the dossier, returning the result. */
    public record Postal(long receipt, long returnOfResult) {
    }

    /**
     * "4 tại chỗ": {@code total} of every version in force; {@code ofOnline} of the {@code online} ones, and that
     * share in percent to one decimal (half up), null when nothing is online.
     */
    public record FourOnTheSpot(long total, long ofOnline, long online, BigDecimal sharePercentOfOnline) {
    }

    public record Changes(List<Change> published, List<Change> amended, List<Change> abolished) {
    }

    /** A procedure published, amended or abolished in the period, with the decision that did it. */
    public record Change(String code, String name, Integer version, LocalDate effectiveFrom, Decision decision) {
    }

    private static final Set<OnlineMode> ONLINE = EnumSet.of(OnlineMode.LEVEL_3, OnlineMode.LEVEL_4,
            OnlineMode.PARTIAL, OnlineMode.FULL);

    private static final Comparator<Change> BY_DECISION = Comparator
            .comparing((Change c) -> c.decision().date()).thenComparing(Change::code)
            .thenComparing(c -> c.version() == null ? 0 : c.version());

    public static boolean isOnline(OnlineMode mode) {
        return ONLINE.contains(mode);
    }

    public static boolean inForceOn(Version v, LocalDate day) {
        return !day.isBefore(v.effectiveFrom())
                && (v.effectiveTo() == null || day.isBefore(v.effectiveTo()))
                && (v.abolishedFrom() == null || day.isBefore(v.abolishedFrom()));
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Percent to one decimal, half up; null when there is nothing to divide by. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public static CatalogueCounts count(LocalDate from, LocalDate to, List<Version> versions,
            List<Abolition> abolitions) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it begins (" + from + ")");
        }
        List<Version> inForce = versions.stream().filter(v -> inForceOn(v, to)).toList();
        long online = inForce.stream().filter(v -> isOnline(v.onlineMode())).count();
        long fourOnline = inForce.stream().filter(v -> v.fourOnTheSpot() && isOnline(v.onlineMode())).count();
        InForce counted = new InForce(inForce.size(),
                new IssuingLevels(count(inForce, v -> v.issuingLevel() == IssuingLevel.CENTRAL),
                        count(inForce, v -> v.issuingLevel() == IssuingLevel.LOCAL)),
                new Mechanisms(count(inForce, v -> v.mechanism() == Mechanism.ONE_STOP),
                        count(inForce, v -> v.mechanism() == Mechanism.INTER_CONNECTED)),
                new OnlineModes(mode(inForce, OnlineMode.NONE), mode(inForce, OnlineMode.LEVEL_2),
                        mode(inForce, OnlineMode.LEVEL_3), mode(inForce, OnlineMode.LEVEL_4),
                        mode(inForce, OnlineMode.PARTIAL), mode(inForce, OnlineMode.FULL), online),
                new Postal(count(inForce, Version::postalReceipt), count(inForce, Version::postalReturn)),
                new FourOnTheSpot(count(inForce, Version::fourOnTheSpot), fourOnline, online,
                        percent(fourOnline, online)));
        List<Change> published = versions.stream()
                .filter(v -> v.version() == 1 && within(v.decision().date(), from, to))
                .map(CatalogueCounts::change).sorted(BY_DECISION).toList();
        List<Change> amended = versions.stream()
                .filter(v -> v.version() > 1 && within(v.decision().date(), from, to))
                .map(CatalogueCounts::change).sorted(BY_DECISION).toList();
        List<Change> abolished = abolitions.stream()
                .filter(a -> within(a.decision().date(), from, to))
                .map(a -> new Change(a.code(), a.name(), null, a.abolishedFrom(), a.decision()))
                .sorted(BY_DECISION).toList();
        return new CatalogueCounts(from, to, counted, new Changes(published, amended, abolished));
    }

    private static Change change(Version v) {
        return new Change(v.code(), v.name(), v.version(), v.effectiveFrom(), v.decision());
    }

    private static long count(List<Version> versions, java.util.function.Predicate<Version> p) {
        return versions.stream().filter(p).count();
    }

    private static long mode(List<Version> versions, OnlineMode mode) {
        return count(versions, v -> v.onlineMode() == mode);
    }
}
