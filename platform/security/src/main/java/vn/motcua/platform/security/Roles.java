package vn.motcua.platform.security;

/** Realm roles of the mot-cua Keycloak realm (deploy/keycloak). */
public final class Roles {
    /** Công dân / tổ chức: files and follows their own dossiers. */
    public static final String CITIZEN = "citizen";
    /** Cán bộ tiếp nhận at the one-stop desk. */
    public static final String RECEPTION_OFFICER = "reception-officer";
    /** Cán bộ xử lý in a specialised unit. */
    public static final String PROCESSING_OFFICER = "processing-officer";
    /** Lãnh đạo phòng. */
    public static final String UNIT_LEAD = "unit-lead";
    /** Thủ trưởng cơ quan. */
    public static final String AGENCY_HEAD = "agency-head";
    /** Quản trị của tỉnh: catalogue, calendars, report periods. */
    public static final String PROVINCE_ADMIN = "province-admin";
    /** Kiểm tra viên quốc gia: reads reports across provinces, changes nothing. */
    public static final String NATIONAL_AUDITOR = "national-auditor";
    /** A provincial portal's machine client (client credentials). */
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
