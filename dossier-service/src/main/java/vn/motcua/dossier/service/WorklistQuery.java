package vn.motcua.dossier.service;

import java.util.Objects;
import java.util.Optional;
import vn.motcua.dossier.domain.DueFlag;

/**
 * What an officer asks of the worklist.
 *
 * @param view  empty: the widest the caller's roles grant
 * @param flag  only the dossiers in time, nearing or overdue; empty: all
 */
public record WorklistQuery(Optional<View> view, Optional<DueFlag> flag, Sort sort, int page, int size) {
    public WorklistQuery {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(sort, "sort");
    }

    /** Của tôi (mine), của phòng (unit), của cơ quan (agency). */
    public enum View {
        MINE, UNIT, AGENCY
    }

    /** Earliest first; a dossier without a step due date comes last when sorted by it. */
    public enum Sort {
        DUE_AT("dueAt"), STEP_DUE_AT("stepDueAt"), RECEIVED_AT("receivedAt");

        final String property;

        Sort(String property) {
            this.property = property;
        }
    }
}
