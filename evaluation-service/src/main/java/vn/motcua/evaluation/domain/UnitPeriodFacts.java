package vn.motcua.evaluation.domain;

import vn.motcua.events.ReportingPeriod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.ProcedureTerms;

/**
 * What a one-stop unit or an agency did in a period, for the indicators scored per unit (Circular 01/2018/TT-VPCP
 * Art. 14 cl. 2: indicators 5, 8 and 9; 6 is the mean of its dossiers' points).
 *
 * @param unit                 null for the agency as a whole
 * @param procedures           the agency's procedure versions in force at some day of the period
 * @param dossiersReceived     accepted in the period
 * @param receivedOnline       of them, submitted online (national or provincial portal)
 * @param receivedOutsideOneStop of them, received other than through the one-stop (0 while every channel is)
 * @param dossiersResolved     resolved in the period
 * @param returnedOutsideOneStop results handed over other than through the one-stop
 * @param onlineResolvedLate   online dossiers resolved late in the period
 * @param feedback             complaints and petitions (phản ánh, kiến nghị) about the agency received in the period
 *                             or still open at its start
 */
public record UnitPeriodFacts(
        String agency,
        String unit,
        ReportingPeriod period,
        List<ProcedureTerms> procedures,
        int dossiersReceived,
        int receivedOnline,
        int receivedOutsideOneStop,
        int dossiersResolved,
        int returnedOutsideOneStop,
        int onlineResolvedLate,
        List<FeedbackItem> feedback) {

    public UnitPeriodFacts {
        procedures = List.copyOf(procedures);
        feedback = List.copyOf(feedback);
    }

    /**
     * One piece of feedback: received, due (15 working days unless the law says otherwise), handled or still open.
     */
    public record FeedbackItem(UUID id, Instant receivedAt, Instant dueAt, Instant handledAt) {
    }
}
