package vn.motcua.catalog.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days an agency acts, both ends included; an open end while no decision has dissolved or merged it. The
 * 2025 reorganisation (Resolution 202/2025/QH15, from 01/7/2025; research/domain.md §8) merged departments and
 * provinces, so an agency is ended, never deleted: old dossiers keep naming it.
 */
public record ActivePeriod(LocalDate from, LocalDate to) {
    public ActivePeriod {
        Objects.requireNonNull(from, "from");
    }

    /** An end before the start is a typing error, never an agency that acted for no day. */
    public static boolean isOrdered(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
