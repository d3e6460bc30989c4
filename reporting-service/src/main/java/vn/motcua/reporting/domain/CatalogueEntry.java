package vn.motcua.reporting.domain;

import java.time.LocalDate;

/**
 * A procedure of the catalogue for form II.03b: in force on the period's last day (in its version then), or a
 * change of the period (a publication, an amendment, an abolition) with its decision.
 *
 * @param issuingLevel CENTRAL or LOCAL
 * @param mechanism    ONE_STOP or INTER_CONNECTED
 * @param onlineMode   NONE, LEVEL_2, LEVEL_3, LEVEL_4, PARTIAL or FULL
 */
public record CatalogueEntry(Kind kind, String fieldCode, String issuingLevel, String mechanism, String onlineMode,
        boolean postalReceipt, boolean postalReturn, boolean fourOnTheSpot, String decisionNumber,
        LocalDate decisionDate) {
    public enum Kind {
        IN_FORCE, PUBLISHED, AMENDED, ABOLISHED
    }
}
