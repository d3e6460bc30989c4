package vn.motcua.reporting.domain.form;

/**
 * The rates a province plans and reports (Hà Tĩnh's 2023 plan [seed 003]; Decision 766/QĐ-TTg groups 2-5), each
 * with its numerator and denominator named, so "28 %" can never stand for 124/489 again (domain.md §2, §7).
 * Every rate is numerator ÷ denominator × 100, rounded half up to one decimal; with a zero denominator it is
 * "không có dữ liệu", never 0 % nor 100 %.
 */
public enum KpiCode {
    /** Hồ sơ tiếp nhận trực tuyến: new dossiers received online ÷ new dossiers received in the period. */
    ONLINE_DOSSIERS,
    /** TTHC toàn trình có phát sinh hồ sơ trực tuyến: full-process online procedures in force at the period's end
     * with ≥ 1 dossier received online in it ÷ full-process online procedures in force at its end. */
    FULL_ONLINE_PROCEDURES_USED,
    /** TTHC cung cấp trực tuyến toàn trình: procedures in force at the end with online mode FULL ÷ all in force. */
    FULL_ONLINE_PROCEDURES,
    /** TTHC có thu phí, lệ phí đã thanh toán trực tuyến: fee-bearing procedures in force at the end with ≥ 1 online
     * payment in the period ÷ fee-bearing procedures in force at the end. */
    FEE_PROCEDURES_PAID_ONLINE,
    /** Thanh toán trực tuyến: payments recorded in the period made online ÷ payments recorded in the period. */
    ONLINE_PAYMENTS,
    /** Kết quả giải quyết được số hóa: dossiers resolved in the period with a digitised result ÷ resolved. */
    DIGITISED_RESULTS,
    /** Tái sử dụng dữ liệu số hóa (không yêu cầu cung cấp lại): new dossiers of the period with ≥ 1 paper reused
     * from digitised data ÷ new dossiers of the period with papers recorded. */
    DATA_REUSE,
    /** Hài lòng: ratings given in the period with no content scored 0 ÷ ratings given in the period. */
    SATISFACTION,
    /** Giải quyết đúng hạn: dossiers resolved in the period early or on time ÷ resolved in the period. */
    ON_TIME
}
