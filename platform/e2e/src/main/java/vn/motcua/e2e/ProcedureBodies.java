package vn.motcua.e2e;

import java.time.LocalDate;

/** Request bodies of the catalogue's procedure API, as the system tests and the load harness send them. */
public final class ProcedureBodies {
    /** A publication date long before any dossier of a test, so a back-dated reception finds version 1. */
    public static final LocalDate LONG_AGO = LocalDate.of(2025, 1, 2);

    private ProcedureBodies() {
    }

    /**
     * A draft of a one-stop procedure of {@code agency} with one case ("CHUNG") of {@code workingDays}, in a field
     * the agency handles in the demo organisation the launcher registers ({@code organisation-<p>.json}): the
     * Chi cục's standards and metrology, the Sở's science activities.
     */
    public static String draft(String code, String name, String agency, int workingDays) {
        return "{\"code\":\"" + code + "\",\"terms\":" + terms(name, agency, workingDays) + "}";
    }

    public static String terms(String name, String agency, int workingDays) {
        return terms(name, fieldOf(agency), agency, workingDays, "CENTRAL", "PARTIAL", true, true, false);
    }

    /**
     * The terms of a one-stop procedure with one case ("CHUNG") in {@code field} (one of the agency's fields in the
     * demo organisation), with what form II.03b counts: the issuing level ({@code CENTRAL} or {@code LOCAL}), the
     * online mode, the public postal service's receipt and return, and "4 tại chỗ".
     */
    public static String terms(String name, String field, String agency, int workingDays, String issuingLevel,
            String onlineMode, boolean postalReceipt, boolean postalReturn, boolean fourOnTheSpot) {
        return """
                {"name":"%s","fieldCode":"%s","agencyCode":"%s","issuingLevel":"%s",
                 "mechanism":"ONE_STOP","onlineMode":"%s","postalReceipt":%b,"postalReturn":%b,
                 "fourOnTheSpot":%b,"requiredPapers":["Đơn đề nghị"],
                 "caseVariants":[{"code":"CHUNG","name":"Chung",
                                  "timeLimit":{"value":%d,"unit":"WORKING_DAYS"}}]}"""
                .formatted(name, field, agency, issuingLevel, onlineMode, postalReceipt, postalReturn, fourOnTheSpot,
                        workingDays);
    }

    /** The demo organisation's field of {@code agency}: G19-TDC for a Chi cục (CCTDC-..), G19-KHCN for a Sở. */
    public static String fieldOf(String agency) {
        return agency.startsWith("CCTDC-") ? "G19-TDC" : "G19-KHCN";
    }

    /** The decision that publishes version 1, in force from {@link #LONG_AGO}. */
    public static String publication() {
        return decision("1/QĐ-UBND", LONG_AGO);
    }

    public static String decision(String number, LocalDate effectiveFrom) {
        return """
                {"decision":{"number":"%s","date":"%s","issuer":"Chủ tịch UBND tỉnh"},"effectiveFrom":"%s"}"""
                .formatted(number, effectiveFrom.minusDays(10), effectiveFrom);
    }

    public static String amendment(String terms, String number, LocalDate effectiveFrom) {
        return """
                {"terms":%s,"decision":{"number":"%s","date":"%s","issuer":"Chủ tịch UBND tỉnh"},
                 "effectiveFrom":"%s"}""".formatted(terms, number, effectiveFrom.minusDays(10), effectiveFrom);
    }
}
