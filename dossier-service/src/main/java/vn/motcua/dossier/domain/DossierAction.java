package vn.motcua.dossier.domain;

/** What can happen to a dossier; each is one entry of its action log. Articles of Decree 118/2025. */
public enum DossierAction {
    /** Nộp: the system acknowledges an online or postal dossier (Art. 17 cl. 2). */
    SUBMIT,
    /** Yêu cầu bổ sung khi tiếp nhận: Phiếu yêu cầu bổ sung, before acceptance (Art. 17 cl. 1a). */
    REQUEST_PAPERS,
    /** Bổ sung khi tiếp nhận: the applicant sends the papers asked; the dossier waits for acceptance again. */
    ADD_PAPERS,
    /** Từ chối tiếp nhận: Phiếu từ chối (Art. 17 cl. 1b). */
    REFUSE,
    /** Tiếp nhận: accepted as complete and valid; the resolution time starts (Art. 17 cl. 3). */
    RECEIVE,
    /** Chuyển xử lý: to the next step's unit, officer or co-operating agency (Art. 18, Art. 20). */
    HAND_OVER,
    /** Yêu cầu bổ sung trong quá trình giải quyết: once, within 3 working days of reception (Art. 19 cl. 5). */
    REQUEST_SUPPLEMENT,
    /** Nhận đủ hồ sơ bổ sung: the time limit restarts from zero (Art. 19 cl. 5). */
    SUPPLEMENT,
    /** Xin lỗi, hẹn lại ngày trả: a new appointed date, once, at least a day before the due date (Art. 19 cl. 6). */
    EXTEND,
    /** Giải quyết: a result, approved or refused with reasons (Art. 19 cl. 3). */
    RESOLVE,
    /** Trả kết quả (Art. 22). */
    RETURN,
    /** Dừng giải quyết at the applicant's request, until the decision (Art. 21). */
    WITHDRAW,
    /** Kết thúc: the requested papers did not come within 15 days or the procedure's limit (Art. 19 cl. 5). */
    CLOSE,
    /** Thu phí, lệ phí: a payment is recorded; the state does not change (Art. 24). */
    PAY
}
