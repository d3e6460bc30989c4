package vn.motcua.dossier.domain;

public class IllegalTransitionException extends RuntimeException {
    private final DossierStatus current;
    private final DossierAction action;

    public IllegalTransitionException(DossierStatus current, DossierAction action) {
        super("cannot " + action.name().toLowerCase() + " a dossier that is " + current.name().toLowerCase());
        this.current = current;
        this.action = action;
    }

    public DossierStatus current() {
        return current;
    }

    public DossierAction action() {
        return action;
    }
}
