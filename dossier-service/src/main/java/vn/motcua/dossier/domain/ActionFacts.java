package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Objects;
import vn.motcua.events.Outcome;
import vn.motcua.events.ReturnMethod;

/**
 * What an action of the log says beyond who, what and when: the kind of facts is fixed by the action
 * ({@link #typeFor}), so the stored form needs no type tag.
 */
public sealed interface ActionFacts {
    /** Nothing more: submission, acceptance, papers added, supplement received. */
    record None() implements ActionFacts {
    }

    /** A request, refusal, withdrawal or closure, with the reason written on its form. */
    record Reason(String reason) implements ActionFacts {
        public Reason {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Chuyển xử lý to a step of the internal process.
     *
     * @param officer   null until the unit's lead assigns one
     * @param stepDueAt when the step's share of the time limit ends; null when the version has no steps
     */
    record HandOver(int stepNumber, String agency, String unit, String officer, Instant stepDueAt)
            implements ActionFacts {
        public HandOver {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(unit, "unit");
            if (stepNumber < 1) {
                throw new IllegalArgumentException("steps are numbered from 1: " + stepNumber);
            }
        }
    }

    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: the new date is the entry's {@code dueAfter}. */
    record Extension(String reason, String signedBy) implements ActionFacts {
        public Extension {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(signedBy, "signedBy");
        }
    }

    /**
     * The result.
     *
     * @param reason          why it was refused; null when approved
     * @param resultReference số, ký hiệu of the decision or paper issued; null when refused without one
     */
    record Resolution(Outcome outcome, String reason, String resultReference, boolean electronicResult,
            boolean resultDigitised) implements ActionFacts {
        public Resolution {
            Objects.requireNonNull(outcome, "outcome");
            if (outcome == Outcome.REFUSED && reason == null) {
                throw new IllegalArgumentException("a refusal states its reasons (Decree 118/2025 Art. 19 cl. 3)");
            }
        }
    }

    record Return(ReturnMethod method) implements ActionFacts {
        public Return {
            Objects.requireNonNull(method, "method");
        }
    }

    /** @param amount in đồng */
    record Payment(long amount, String method, boolean online, String receiptReference) implements ActionFacts {
        public Payment {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(receiptReference, "receiptReference");
            if (amount <= 0) {
                throw new IllegalArgumentException("a payment is more than 0 đồng: " + amount);
            }
        }
    }

    /** The kind of facts each action carries; also the type the repository reads stored facts into. */
    public static Class<? extends ActionFacts> typeFor(DossierAction action) {
        return switch (action) {
            case SUBMIT, RECEIVE, ADD_PAPERS, SUPPLEMENT -> None.class;
            case REQUEST_PAPERS, REFUSE, REQUEST_SUPPLEMENT, WITHDRAW, CLOSE -> Reason.class;
            case HAND_OVER -> HandOver.class;
            case EXTEND -> Extension.class;
            case RESOLVE -> Resolution.class;
            case RETURN -> Return.class;
            case PAY -> Payment.class;
        };
    }
}
