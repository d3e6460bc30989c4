package vn.motcua.reporting.service;

import vn.motcua.reporting.domain.form.FormCode;

/** The printed header texts of each form (Circular 01/2020/TT-VPCP's annex for II.06b and II.03b). */
final class FormTexts {
    private FormTexts() {
    }

    static String number(FormCode form) {
        return switch (form) {
            case II_06B -> "Biểu số II.06b/VPCP/KSTT";
            case II_03B -> "Biểu số II.03b/VPCP/KSTT";
            case EVALUATION -> "Kết quả đánh giá";
            case RATES -> "Chỉ số, tỷ lệ";
        };
    }

    static String title(FormCode form) {
        return switch (form) {
            case II_06B -> "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT";
            case II_03B -> "TÌNH HÌNH CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH";
            case EVALUATION -> "KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
            case RATES -> "CÁC CHỈ SỐ, TỶ LỆ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN, SỐ HÓA";
        };
    }

    static String unit(FormCode form) {
        return switch (form) {
            case II_06B -> "Đơn vị tính: Số hồ sơ TTHC";
            case II_03B -> "Đơn vị tính: Số TTHC";
            case EVALUATION -> "Đơn vị tính: Điểm";
            case RATES -> "Đơn vị tính: %";
        };
    }
}
