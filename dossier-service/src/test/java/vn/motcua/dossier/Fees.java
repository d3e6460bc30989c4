package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.ProcedurePublished;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.Fee;

/** Procedures with fees, and dossiers of a named applicant, for the payment and paper tests. */
public final class Fees {
    private Fees() {
    }

    /** Version 1 of {@code code}, in force since {@link Catalogue#LONG_AGO}, stating {@code fees}. */
    public static void publish(String province, String code, List<Fee> fees) {
        ProcedureTerms t = Catalogue.terms(province, 1, Catalogue.LONG_AGO,
                List.of(Catalogue.variant("CHUNG", 10, ProcedureTerms.TimeUnit.WORKING_DAYS)));
        ProcedureTerms withFees = new ProcedureTerms(t.version(), t.effectiveFrom(), t.effectiveTo(), t.localCode(),
                t.name(), t.fieldCode(), t.agencyCode(), t.issuingLevel(), t.mechanism(), t.cooperatingAgencies(),
                t.onlineMode(), t.postalReceipt(), t.postalReturn(), t.fourOnTheSpot(), fees, t.requiredPapers(),
                t.caseVariants(), t.steps(), t.decision());
        Catalogue.send(province, new ProcedurePublished(UUID.randomUUID(), code, withFees, Instant.now()));
    }

    /** A dossier of the applicant with {@code idNumber}. */
    public static String request(String procedureCode, String channel, String idNumber) {
        return """
                {"procedureCode":"%s","channel":"%s",
                 "applicant":{"name":"Lê Văn Nam","idNumber":"%s"}}""".formatted(procedureCode, channel, idNumber);
    }
}
