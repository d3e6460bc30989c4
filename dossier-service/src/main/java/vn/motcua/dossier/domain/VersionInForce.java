package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a procedure a dossier is received under: the one in force on its reception day, in the
 * province's calendar. A procedure applies as published until the decision that amends or abolishes it takes
 * effect (Decree 63/2010/NĐ-CP Art. 15, as amended by Decree 92/2017/NĐ-CP and Decree 118/2025/NĐ-CP Art. 40
 * cl. 5), and the time limit runs from acceptance (Decree 118/2025 Art. 17 cl. 3): a dossier keeps the version of
 * its reception day for good, whatever is published later. The versions of one procedure follow each other, so
 * the one in force is the latest to have begun by that day, unless it has ended or the procedure is abolished.
 */
public final class VersionInForce {
    /** A published version's days: {@code [effectiveFrom, effectiveTo)}, {@code effectiveTo} null when open. */
    public record Dated(int version, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** The version in force, or why none is, with the dates. */
    public sealed interface Answer {
    }

    public record InForce(int version) implements Answer {
    }

    public record NoneInForce(String why) implements Answer {
    }

    private VersionInForce() {
    }

    /** @param abolishedFrom the first day without the procedure, if it is abolished */
    public static Answer on(LocalDate day, List<Dated> versions, Optional<LocalDate> abolishedFrom) {
        if (abolishedFrom.isPresent() && !day.isBefore(abolishedFrom.get())) {
            return new NoneInForce("abolished from " + abolishedFrom.get());
        }
        Optional<Dated> begun = versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Dated::effectiveFrom));
        if (begun.isEmpty()) {
            return new NoneInForce(versions.stream().map(Dated::effectiveFrom).min(Comparator.naturalOrder())
                    .map(first -> "in force from " + first).orElse("no version published"));
        }
        Dated v = begun.get();
        if (v.effectiveTo() != null && !day.isBefore(v.effectiveTo())) {
            return new NoneInForce("version " + v.version() + " ended on " + v.effectiveTo());
        }
        return new InForce(v.version());
    }
}
