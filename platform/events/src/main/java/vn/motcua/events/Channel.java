package vn.motcua.events;

/**
 * How a dossier reached the agency (kênh tiếp nhận). Reports count dossiers per channel (form II.06b:
 * trực tuyến, trực tiếp, bưu chính). Decree 118/2025 Art. 15 lists the desk, the post and the national portal;
 * VNeID came with Decree 367/2025; the National Single Window runs under the Customs Law, outside Decree
 * 118/2025 (Art. 1 cl. 2), yet its dossiers are counted (Lạng Sơn Q2 2022: 118 of 489).
 */
public enum Channel {
    /** Trực tiếp tại Bộ phận Một cửa of the provincial Public Administration Service Centre. */
    DIRECT_CENTRE,
    /** Trực tiếp tại cơ quan (at the department itself). */
    DIRECT_AGENCY,
    /** Trực tuyến qua Cổng dịch vụ công của tỉnh (provincial portals, before their merger into the national one). */
    ONLINE_PROVINCIAL_PORTAL,
    /** Trực tuyến qua Cổng dịch vụ công quốc gia. */
    ONLINE_NATIONAL_PORTAL,
    /** Qua dịch vụ bưu chính công ích. */
    POSTAL,
    /** Trực tuyến qua ứng dụng VNeID (Decree 367/2025). Added with issue 13. */
    VNEID,
    /** Cơ chế một cửa quốc gia (National Single Window, Customs Law). Added with issue 13. */
    NATIONAL_SINGLE_WINDOW;

    /** Nộp trực tuyến: acknowledged by the system at once, accepted by an officer later (Art. 17 cl. 2). */
    public boolean online() {
        return this == ONLINE_PROVINCIAL_PORTAL || this == ONLINE_NATIONAL_PORTAL || this == VNEID
                || this == NATIONAL_SINGLE_WINDOW;
    }
}
