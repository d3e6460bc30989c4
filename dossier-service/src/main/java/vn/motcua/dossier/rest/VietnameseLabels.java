package vn.motcua.dossier.rest;

import vn.motcua.dossier.domain.DossierAction;
import vn.motcua.dossier.domain.DossierStatus;

/** The words a receipt holder reads beside each status and action (as on the desk's forms). */
final class VietnameseLabels {
    private VietnameseLabels() {
    }

    static String of(DossierStatus status) {
        return switch (status) {
            case SUBMITTED -> "Đã nộp, chờ tiếp nhận";
            case PAPERS_REQUESTED -> "Chờ bổ sung hồ sơ khi tiếp nhận";
            case REFUSED -> "Từ chối tiếp nhận";
            case RECEIVED -> "Đã tiếp nhận";
            case IN_APPRAISAL -> "Đang giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung hồ sơ";
            case RESOLVED -> "Đã có kết quả";
            case RETURNED -> "Đã trả kết quả";
            case WITHDRAWN -> "Dừng giải quyết";
            case CLOSED -> "Kết thúc (không bổ sung đúng hạn)";
        };
    }

    static String of(DossierAction action) {
        return switch (action) {
            case SUBMIT -> "Nộp hồ sơ";
            case REQUEST_PAPERS -> "Yêu cầu bổ sung khi tiếp nhận";
            case ADD_PAPERS -> "Bổ sung hồ sơ khi tiếp nhận";
            case REFUSE -> "Từ chối tiếp nhận";
            case RECEIVE -> "Tiếp nhận hồ sơ";
            case HAND_OVER -> "Chuyển xử lý";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung hồ sơ";
            case SUPPLEMENT -> "Nhận đủ hồ sơ bổ sung";
            case EXTEND -> "Xin lỗi và hẹn lại ngày trả";
            case RESOLVE -> "Giải quyết xong";
            case RETURN -> "Trả kết quả";
            case WITHDRAW -> "Dừng giải quyết";
            case CLOSE -> "Kết thúc";
            case PAY -> "Thu phí, lệ phí";
        };
    }
}
