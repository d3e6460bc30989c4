package vn.motcua.evaluation.domain;

/**
 * The counts of a period behind the service-quality index of Decision 766/QĐ-TTg (domain.md §6), for an agency or a
 * province. A count the platform cannot know is {@code null} (e.g. the national database's update dates), and its
 * sub-indicator is shown without data, never as zero.
 *
 * @param proceduresInForce        procedure versions in force in the period (group 1, 3)
 * @param proceduresPublishedOnTime of them, decided at least 5 working days before taking effect (1.1, provinces)
 * @param proceduresComplete       of them, published with every component of Decree 63/2010 Art. 8 cl. 2 (1.3)
 * @param dossiersReceived         accepted in the period
 * @param dossiersSyncedToPortal   of them, synchronised with the national portal (1.4); null: not known here
 * @param dossiersResolved         resolved in the period (not withdrawn, not closed)
 * @param resolvedOnTime766        of them, finished by the appointed date with supplement time subtracted, a
 *                                 second supplement request counted late (2.1, Timeliness766)
 * @param proceduresOnline         procedures offered online, full or partial (3.1)
 * @param onlineProceduresUsed     of them, with at least one online dossier in the period (3.2)
 * @param receivedOnline           dossiers submitted online (3.3)
 * @param feeProcedures            procedures with a fee or charge (3.4)
 * @param feeProceduresPayableOnline of them, offered online so the fee can be paid online (3.4)
 * @param dossiersPaid             dossiers with a payment (3.5)
 * @param dossiersPaidOnline       of them, paid online (3.5)
 * @param dossiersWithEResult      resolved with an electronic result (4.1)
 * @param dossiersDigitised        resolved with every paper and the result digitised (4.2)
 * @param dossiersReusing          received reusing at least one digitised paper (4.3)
 * @param feedbackReceived         feedback received in the period (5.1)
 * @param feedbackHandledInTime    of it, handled within its due date (15 working days) (5.1)
 * @param ratings                  ratings submitted in the period (5.2, 5.3)
 * @param ratingsDissatisfied      of them, with any content rated 0 (không hài lòng) (5.3)
 * @param resolvedLate             resolved late in the legal view (5.3: late share)
 */
public record Index766Inputs(
        int proceduresInForce,
        int proceduresPublishedOnTime,
        int proceduresComplete,
        int dossiersReceived,
        Integer dossiersSyncedToPortal,
        int dossiersResolved,
        int resolvedOnTime766,
        int proceduresOnline,
        int onlineProceduresUsed,
        int receivedOnline,
        int feeProcedures,
        int feeProceduresPayableOnline,
        int dossiersPaid,
        int dossiersPaidOnline,
        int dossiersWithEResult,
        int dossiersDigitised,
        int dossiersReusing,
        int feedbackReceived,
        int feedbackHandledInTime,
        int ratings,
        int ratingsDissatisfied,
        int resolvedLate) {
}
