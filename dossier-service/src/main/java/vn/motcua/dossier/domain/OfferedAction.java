package vn.motcua.dossier.domain;

/**
 * An action of the dossier API that a console may offer an official: each lifecycle action an official takes
 * through {@code /api/dossiers}, and the assignment (phân công), which the log records as a hand-over to the same
 * step naming the officer. Submission is the opening request, closure the sweep's and payment the payments API's,
 * so none of them is offered here.
 */
public enum OfferedAction {
    RECEIVE(DossierAction.RECEIVE),
    REQUEST_PAPERS(DossierAction.REQUEST_PAPERS),
    ADD_PAPERS(DossierAction.ADD_PAPERS),
    REFUSE(DossierAction.REFUSE),
    HAND_OVER(DossierAction.HAND_OVER),
    /** Phân công: a hand-over to the current step and unit that names the officer (Decree 118/2025 Art. 18). */
    ASSIGN(DossierAction.HAND_OVER),
    REQUEST_SUPPLEMENT(DossierAction.REQUEST_SUPPLEMENT),
    SUPPLEMENT(DossierAction.SUPPLEMENT),
    EXTEND(DossierAction.EXTEND),
    RESOLVE(DossierAction.RESOLVE),
    RETURN(DossierAction.RETURN),
    WITHDRAW(DossierAction.WITHDRAW);

    private final DossierAction logged;

    OfferedAction(DossierAction logged) {
        this.logged = logged;
    }

    /** The entry of the action log it appends, whose state rule ({@link DossierStateMachine}) it obeys. */
    public DossierAction logged() {
        return logged;
    }
}
