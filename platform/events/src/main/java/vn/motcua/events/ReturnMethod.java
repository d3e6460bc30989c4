package vn.motcua.events;

/** How the result reached the applicant (hình thức trả kết quả, Decree 118/2025 Art. 22). */
public enum ReturnMethod {
    /** Tại Bộ phận Một cửa. */
    DESK,
    /** Qua dịch vụ bưu chính. */
    POST,
    /** Trực tuyến: the electronic result on the portal. */
    ONLINE
}
