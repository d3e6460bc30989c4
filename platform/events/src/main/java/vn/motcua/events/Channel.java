package vn.motcua.events;

/**
 * How a dossier reached the agency (kênh tiếp nhận). Reports count dossiers per channel (form II.06b:
 * trực tuyến, trực tiếp, bưu chính).
 */
public enum Channel {
    /** Trực tiếp tại Bộ phận Một cửa of the provincial Public Administration Service Centre. */
    DIRECT_CENTRE,
    /** Trực tiếp tại cơ quan (at the department itself). */
    DIRECT_AGENCY,
    /** Trực tuyến qua Cổng dịch vụ công của tỉnh. */
    ONLINE_PROVINCIAL_PORTAL,
    /** Trực tuyến qua Cổng dịch vụ công quốc gia (incl. the National Single Window). */
    ONLINE_NATIONAL_PORTAL,
    /** Qua dịch vụ bưu chính công ích. */
    POSTAL;

    public boolean online() {
        return this == ONLINE_PROVINCIAL_PORTAL || this == ONLINE_NATIONAL_PORTAL;
    }
}
