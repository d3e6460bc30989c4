package vn.motcua.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A time-cut review (cắt giảm thời hạn giải quyết): for each procedure, the prescribed time before and after,
 * and for the review the days cut and the share cut, always computed from those inputs and shown with them.
 *
 * <p>The quarterly reports count these reviews (form II.03b, domain.md §2; Lạng Sơn Q2 2022, seed 000: seven
 * procedures cut from 110 to 69 days). The seed's own figures ("35 days, 32 %") do not follow from its inputs:
 * 110 − 69 = 41 days, 41 / 110 = 37.3 %. A figure is never typed in, only derived.
 *
 * <p>A cut never lengthens a procedure: an item whose time after exceeds its time before is not a cut and is
 * refused. The share is rounded half up to one decimal, as the reports print it; with nothing before (0 days)
 * there is no share to give.
 */
public record TimeCut(List<Item> items) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TimeCut {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a time-cut review covers at least one procedure");
        }
    }

    /** One procedure's prescribed time in working days, before and after the review. */
    public record Item(String procedureCode, int daysBefore, int daysAfter) {
        public Item {
            if (daysBefore < 0 || daysAfter < 0) {
                throw new IllegalArgumentException("a time limit cannot be negative");
            }
            if (daysAfter > daysBefore) {
                throw new IllegalArgumentException("a cut cannot lengthen the time limit of " + procedureCode
                        + ": " + daysBefore + " → " + daysAfter);
            }
        }

        public int daysCut() {
            return daysBefore - daysAfter;
        }
    }

    public int daysBefore() {
        return items.stream().mapToInt(Item::daysBefore).sum();
    }

    public int daysAfter() {
        return items.stream().mapToInt(Item::daysAfter).sum();
    }

    public int daysCut() {
        return daysBefore() - daysAfter();
    }

    /** The share of the time before that was cut, in %, one decimal; empty when there was no time before. */
    public Optional<BigDecimal> percentCut() {
        if (daysBefore() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(daysCut()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(daysBefore()), 1, RoundingMode.HALF_UP));
    }
}
