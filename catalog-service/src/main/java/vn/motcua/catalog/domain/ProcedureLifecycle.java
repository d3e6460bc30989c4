package vn.motcua.catalog.domain;

import java.util.Optional;

/**
 * Draft → published → amended (a new version from a date) → abolished (from a date): a procedure is published by a
 * decision (công bố), then amended, supplemented or replaced by later decisions, or abolished (bãi bỏ) (Decree
 * 63/2010/NĐ-CP Art. 15, as amended by Decree 92/2017/NĐ-CP and Decree 118/2025/NĐ-CP Art. 40 cl. 5: a procedure is
 * applied only once published, and every change is published by a decision of its own). A draft is edited freely;
 * what a decision published is never edited, only amended by another decision; nothing follows an abolition.
 */
public final class ProcedureLifecycle {
    public enum Action {
        EDIT_DRAFT, PUBLISH, AMEND, ABOLISH
    }

    private ProcedureLifecycle() {
    }

    /** Empty when {@code action} is allowed in {@code state}; else why not, in the caller's terms. */
    public static Optional<String> refusal(ProcedureState state, Action action) {
        boolean allowed = switch (action) {
            case EDIT_DRAFT, PUBLISH -> state == ProcedureState.DRAFT;
            case AMEND, ABOLISH -> state == ProcedureState.PUBLISHED;
        };
        if (allowed) {
            return Optional.empty();
        }
        return Optional.of(switch (state) {
            case DRAFT -> "the procedure is a draft: publish it first";
            case PUBLISHED -> "the procedure is published: what a decision published changes only by an amendment";
            case ABOLISHED -> "the procedure is abolished";
        });
    }
}
