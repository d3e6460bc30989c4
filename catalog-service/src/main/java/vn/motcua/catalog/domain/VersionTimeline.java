package vn.motcua.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When an amendment or an abolition may take effect. A decision that amends or abolishes a procedure states the
 * date it takes effect, and the procedure it changes is applied as published until that day (Decree
 * 63/2010/NĐ-CP Art. 15, as amended; the published versions of one procedure never overlap, so that a dossier
 * always has exactly one version to be received under).
 *
 * <ul>
 * <li>The date is strictly after today in the province's zone: a dossier received today keeps the version it was
 * received under, and a version already in force is never rewritten in the past.</li>
 * <li>It is after the effective date of every published version: versions follow each other, never overlap.</li>
 * <li>An abolition while a later version is scheduled (published, not yet in force) is refused: the province
 * states which of the two it means, by a decision, rather than the catalogue guessing.</li>
 * </ul>
 */
public final class VersionTimeline {
    /** Why a date is refused; an overlap or a scheduled version is a conflict with what exists (409). */
    public record Refusal(Kind kind, String message) {
    }

    public enum Kind {
        NOT_AFTER_TODAY, OVERLAPS, LATER_VERSION_SCHEDULED
    }

    private VersionTimeline() {
    }

    /** A new version from {@code effectiveFrom}, given the effective dates of the published versions. */
    public static Optional<Refusal> amendment(LocalDate effectiveFrom, LocalDate today, List<LocalDate> published) {
        return notAfterToday(effectiveFrom, today).or(() -> overlap(effectiveFrom, published));
    }

    /** An abolition from {@code effectiveFrom}, given the effective dates of the published versions. */
    public static Optional<Refusal> abolition(LocalDate effectiveFrom, LocalDate today, List<LocalDate> published) {
        return notAfterToday(effectiveFrom, today)
                .or(() -> published.stream().filter(from -> from.isAfter(today)).max(LocalDate::compareTo)
                        .map(from -> new Refusal(Kind.LATER_VERSION_SCHEDULED,
                                "a later version takes effect on " + from + "; abolish after it is in force")))
                .or(() -> overlap(effectiveFrom, published));
    }

    private static Optional<Refusal> notAfterToday(LocalDate effectiveFrom, LocalDate today) {
        return effectiveFrom.isAfter(today) ? Optional.empty()
                : Optional.of(new Refusal(Kind.NOT_AFTER_TODAY, "must be after today (" + today + ")"));
    }

    private static Optional<Refusal> overlap(LocalDate effectiveFrom, List<LocalDate> published) {
        return published.stream().filter(from -> !effectiveFrom.isAfter(from)).max(LocalDate::compareTo)
                .map(from -> new Refusal(Kind.OVERLAPS,
                        "must be after " + from + ", when a published version takes effect"));
    }
}
