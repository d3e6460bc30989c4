package vn.motcua.dossier.service;

import java.util.Objects;
import java.util.Optional;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.DueFlag;

/**
 * What an officer asks of the worklist.
 *
 * @param view  empty: the widest the caller's roles grant
 * @param flag      only the dossiers in time, nearing or overdue; empty: all
 * @param status    only those received (at the desk, not handed over) or in appraisal; empty: both
 * @param procedure only those of this procedure code; empty: all
 */
public record WorklistQuery(Optional<View> view, Optional<DueFlag> flag, Optional<DossierStatus> status,
        Optional<String> procedure, Sort sort, int page, int size) {
    public WorklistQuery {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(sort, "sort");
    }

    /** Without the filters added for the console: every pending status and procedure. */
    public WorklistQuery(Optional<View> view, Optional<DueFlag> flag, Sort sort, int page, int size) {
        this(view, flag, Optional.empty(), Optional.empty(), sort, page, size);
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
