package vn.motcua.evaluation.domain;

/**
 * The rankings of Circular 01/2018/TT-VPCP Art. 15 cl. 3. Officers: 5 points or more = 100 % of tasks done; 3.5 to
 * under 5 = 70 to under 100 %; under 3.5 = under 70 %. Agencies (of 18): 15 or more xuất sắc; 12 to under 15 tốt;
 * 9 to under 12 khá; 6 to under 9 trung bình; under 6 yếu.
 */
public enum Band {
    OFFICER_FULL("Hoàn thành 100% nhiệm vụ"),
    OFFICER_70("Hoàn thành từ 70% đến dưới 100% nhiệm vụ"),
    OFFICER_BELOW_70("Hoàn thành dưới 70% nhiệm vụ"),
    XUAT_SAC("Xuất sắc"),
    TOT("Tốt"),
    KHA("Khá"),
    TRUNG_BINH("Trung bình"),
    YEU("Yếu");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
