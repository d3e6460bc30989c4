package vn.motcua.dossier.domain;

/**
 * An action the state allows but a rule of the law refuses (a second supplement request, an apology too late):
 * carries the problem type and the field to name, so the API can say which rule and why.
 *
 * @see IllegalTransitionException for actions the state itself does not allow
 */
public class LifecycleRefusal extends RuntimeException {
    private final String problemType;
    private final String field;

    public LifecycleRefusal(String problemType, String field, String message) {
        super(message);
        this.problemType = problemType;
        this.field = field;
    }

    /** The problem type's last path segment, e.g. {@code supplement-already-requested}. */
    public String problemType() {
        return problemType;
    }

    /** The request field the refusal names; null when it is about the dossier as a whole. */
    public String field() {
        return field;
    }
}
