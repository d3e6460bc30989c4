package vn.motcua.catalog.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.Decision;
import vn.motcua.events.ProcedureTerms.Fee;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * What the public catalogue answers, as its queries select it: published versions only, never a draft. Plain
 * records the repository fills and the resources return as they are.
 */
public final class CatalogueSearchRows {
    private CatalogueSearchRows() {
    }

    /** What the public search filters by, besides the province; every filter is optional. */
    public record Filters(String agency, String field, Mechanism mechanism, OnlineMode onlineMode) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    /** One line of a result page: a procedure in the version in force on the asked day. */
    public record Summary(String code, String localCode, String name, String fieldCode, String agencyCode,
            IssuingLevel issuingLevel, Mechanism mechanism, OnlineMode onlineMode, boolean postalReceipt,
            boolean postalReturn, boolean fourOnTheSpot, int version, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public record Page(long total, List<Summary> items) {
    }

    /** The identity of a procedure and its abolition (null fields when it is not abolished). */
    public record Procedure(UUID id, String code, LocalDate abolishedFrom, Decision abolition) {
    }

    /** A published version in full, as a citizen may read it (the internal process steps are not public). */
    public record Version(int version, LocalDate effectiveFrom, LocalDate effectiveTo, String localCode, String name,
            String fieldCode, String agencyCode, IssuingLevel issuingLevel, Mechanism mechanism,
            List<String> cooperatingAgencies, OnlineMode onlineMode, boolean postalReceipt, boolean postalReturn,
            boolean fourOnTheSpot, List<Fee> fees, List<String> requiredPapers, List<CaseVariant> caseVariants,
            Decision decision) {
    }

    /** The answer of the search: the asked day, the page asked for, how many match in all, this page's lines. */
    public record ResultPage(String province, LocalDate on, int page, int size, long total, List<Summary> items) {
    }

    /**
     * One procedure as the public reads it on {@code on}: its version in force ({@code current}, null when none is,
     * e.g. once abolished), the versions that ended before ({@code past}) and those decided but not yet in force
     * ({@code scheduled}), oldest first.
     */
    public record History(String province, String code, LocalDate on, LocalDate abolishedFrom, Decision abolition,
            Version current, List<Version> past, List<Version> scheduled) {
    }
}
