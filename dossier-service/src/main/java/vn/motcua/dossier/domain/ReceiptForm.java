package vn.motcua.dossier.domain;

import vn.motcua.events.RuleSet;

/**
 * The form of the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) under the dossier's rule set: Mẫu 01 of
 * Circular 01/2018/TT-VPCP Art. 9 under Decree 61/2018, Mẫu 01 of Circular 03/2025/TT-VPCP Phụ lục I under Decree
 * 118/2025 (domain.md §3.1). The numbers of later forms differ between the two, so a form is named with its
 * circular, never by number alone.
 */
public final class ReceiptForm {
    public static final String NAME = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";

    private ReceiptForm() {
    }

    public static String of(RuleSet ruleSet) {
        return switch (ruleSet) {
            case DECREE_61_2018 -> "Mẫu 01, Thông tư 01/2018/TT-VPCP";
            case DECREE_118_2025 -> "Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP";
        };
    }
}
