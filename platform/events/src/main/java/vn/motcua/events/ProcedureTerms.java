package vn.motcua.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one published version of an administrative procedure says (the components a procedure is published
 * with: Decree 63/2010 Art. 8 cl. 2, as amended by Decree 92/2017 and Decree 118/2025 Art. 40 cl. 5), carried
 * whole in {@link ProcedurePublished} and {@link ProcedureAmended} so that a consumer never needs the catalogue
 * service to receive a dossier or count the catalogue.
 *
 * <p>A version is in force on the days {@code [effectiveFrom, effectiveTo)} in the province's calendar zone;
 * {@code effectiveTo} is null while no later version or abolition is scheduled, and the versions of one procedure
 * never overlap. A published version never changes: a consumer that already holds version {@code n} of a
 * procedure ignores a second copy of it.
 *
 * @param version             1 for the first publication, then one more per amendment
 * @param localCode           the province's variant of the national code (e.g. {@code 1.004227.000.00.00.H38}),
 *                            kept apart from the national code; null when the province uses the national one
 * @param fieldCode           lĩnh vực, {@code MX1X2-LV} (Circular 01/2018/TT-VPCP Art. 20)
 * @param agencyCode          the competent agency (cơ quan có thẩm quyền), as tokens name it
 * @param cooperatingAgencies agencies of an inter-connected procedure (một cửa liên thông), empty otherwise
 * @param fourOnTheSpot       "4 tại chỗ": received, appraised, approved and returned at the desk
 * @param caseVariants        trường hợp, each with its own time limit; at least one
 * @param steps               internal process (quy trình nội bộ); shares add up to 100 when any are given
 * @param decision            the decision that published or amended this version (quyết định công bố)
 */
public record ProcedureTerms(
        int version,
        LocalDate effectiveFrom,
        @OptionalField LocalDate effectiveTo,
        @OptionalField String localCode,
        String name,
        String fieldCode,
        String agencyCode,
        IssuingLevel issuingLevel,
        Mechanism mechanism,
        List<String> cooperatingAgencies,
        OnlineMode onlineMode,
        boolean postalReceipt,
        boolean postalReturn,
        boolean fourOnTheSpot,
        List<Fee> fees,
        List<String> requiredPapers,
        List<CaseVariant> caseVariants,
        List<ProcessStep> steps,
        Decision decision) {

    public ProcedureTerms {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fieldCode, "fieldCode");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(issuingLevel, "issuingLevel");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(onlineMode, "onlineMode");
        Objects.requireNonNull(decision, "decision");
        cooperatingAgencies = List.copyOf(cooperatingAgencies);
        fees = List.copyOf(fees);
        requiredPapers = List.copyOf(requiredPapers);
        caseVariants = List.copyOf(caseVariants);
        steps = List.copyOf(steps);
        if (version < 1) {
            throw new IllegalArgumentException("a published version is numbered from 1: " + version);
        }
        if (caseVariants.isEmpty()) {
            throw new IllegalArgumentException("a procedure has at least one case variant (trường hợp)");
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo " + effectiveTo + " is not after effectiveFrom "
                    + effectiveFrom);
        }
    }

    /** Whether this version is the one in force on {@code day} (a dossier received that day is pinned to it). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    /** Cấp ban hành: whether the procedure is set by the central government or by the province. */
    public enum IssuingLevel {
        CENTRAL, LOCAL
    }

    /** Cơ chế: one-stop (một cửa) or inter-connected one-stop (một cửa liên thông). */
    public enum Mechanism {
        ONE_STOP, INTER_CONNECTED
    }

    /**
     * How the procedure is offered online, in the terms of the law in force when the version was published:
     * levels 2 to 4 (Decree 43/2011/NĐ-CP Art. 3) before Decree 42/2022/NĐ-CP; full-process (toàn trình) or
     * partial (một phần) under Decree 42/2022 Art. 11. A version keeps the terms it was published under.
     */
    public enum OnlineMode {
        NONE, LEVEL_2, LEVEL_3, LEVEL_4, PARTIAL, FULL
    }

    /** Phí, lệ phí: what is charged, in đồng. */
    public record Fee(String description, long amountVnd) {
        public Fee {
            Objects.requireNonNull(description, "description");
            if (amountVnd < 0) {
                throw new IllegalArgumentException("a fee cannot be negative: " + amountVnd);
            }
        }
    }

    /** A time limit as the law states it: a number of working days or of working hours. */
    public record TimeLimit(int value, TimeUnit unit) {
        public TimeLimit {
            Objects.requireNonNull(unit, "unit");
            if (value < 0) {
                throw new IllegalArgumentException("a time limit cannot be negative: " + value);
            }
        }
    }

    public enum TimeUnit {
        WORKING_DAYS, WORKING_HOURS
    }

    /** Trường hợp: one case of the procedure with its own time limit (thời hạn giải quyết). */
    public record CaseVariant(String code, String name, TimeLimit timeLimit) {
        public CaseVariant {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeLimit, "timeLimit");
        }
    }

    /** One step of the internal process: the unit, the role acting in it, its share of the time limit in %. */
    public record ProcessStep(String unitCode, String role, int sharePercent) {
        public ProcessStep {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Quyết định công bố / sửa đổi / bãi bỏ: number, date and the issuer. */
    public record Decision(String number, LocalDate date, String issuer) {
        public Decision {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(issuer, "issuer");
        }
    }
}
