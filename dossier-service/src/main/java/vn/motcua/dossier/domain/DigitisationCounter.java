package vn.motcua.dossier.domain;

/**
 * The dossier counts behind the digitisation and online-payment indicators of Decision 766/QĐ-TTg (group 3:
 * "dossiers paid online"; group 4: dossiers with papers and result digitised, dossiers reusing data already
 * held), each over the dossiers accepted in a period. The definition is what a report prints beside the number,
 * so that a figure is never read as something it is not.
 */
public enum DigitisationCounter {
    ACCEPTED("Hồ sơ tiếp nhận: dossiers accepted (tiếp nhận) in the period, the base of every other count"),
    ALL_PAPERS_DIGITISED("Hồ sơ số hóa thành phần: accepted dossiers with at least one paper recorded and every"
            + " recorded paper digitised (Decision 766, group 4)"),
    RESULT_DIGITISED("Kết quả số hóa: accepted dossiers whose resolution recorded a digitised result (Decision 766,"
            + " group 4)"),
    REUSED_PAPER("Tái sử dụng: accepted dossiers with at least one paper reused from an earlier dossier of the same"
            + " applicant instead of asked again (Decree 118/2025 Art. 5 cl. 1i; Decision 766, group 4)"),
    PAID("Có thanh toán: accepted dossiers with at least one fee payment recorded, by any method"),
    PAID_ONLINE("Thanh toán trực tuyến: accepted dossiers with at least one payment made online through the portal"
            + " (Decree 118/2025 Art. 24; Decision 766, group 3)");

    private final String definition;

    DigitisationCounter(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }
}
