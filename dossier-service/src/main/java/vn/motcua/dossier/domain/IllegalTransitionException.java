package vn.motcua.dossier.domain;

public class IllegalTransitionException extends RuntimeException {
    private final DossierStatus current;
    private final DossierAction action;

    /** {@code current} is null when the dossier has no state yet. */
    public IllegalTransitionException(DossierStatus current, DossierAction action) {
        super(current == null ? "a dossier's history must start with its submission or reception, not " + name(action)
                : "cannot " + name(action) + " a dossier that is " + current.name().toLowerCase());
        this.current = current;
        this.action = action;
    }

    private static String name(DossierAction action) {
        return action.name().toLowerCase();
    }

    public DossierStatus current() {
        return current;
    }

    public DossierAction action() {
        return action;
    }
}
