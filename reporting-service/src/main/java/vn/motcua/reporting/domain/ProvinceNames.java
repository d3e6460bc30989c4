package vn.motcua.reporting.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The provinces' names by code: the 34 units of Decision 19/2025/QĐ-TTg from 01/7/2025, as catalog-service's
 * {@code province_register} lists them (V4__calendars.sql). Reports print them in their headers
 * ("Ủy ban nhân dân tỉnh Lạng Sơn") and on the national roll-up's rows; no event carries them, and reporting never
 * reads another service's database, so the register's names are repeated here.
 */
public final class ProvinceNames {
    private static final Map<String, String> OFFICIAL = Map.ofEntries(
            Map.entry("01", "Thành phố Hà Nội"),
            Map.entry("04", "Tỉnh Cao Bằng"),
            Map.entry("08", "Tỉnh Tuyên Quang"),
            Map.entry("11", "Tỉnh Điện Biên"),
            Map.entry("12", "Tỉnh Lai Châu"),
            Map.entry("14", "Tỉnh Sơn La"),
            Map.entry("15", "Tỉnh Lào Cai"),
            Map.entry("19", "Tỉnh Thái Nguyên"),
            Map.entry("20", "Tỉnh Lạng Sơn"),
            Map.entry("22", "Tỉnh Quảng Ninh"),
            Map.entry("24", "Tỉnh Bắc Ninh"),
            Map.entry("25", "Tỉnh Phú Thọ"),
            Map.entry("31", "Thành phố Hải Phòng"),
            Map.entry("33", "Tỉnh Hưng Yên"),
            Map.entry("37", "Tỉnh Ninh Bình"),
            Map.entry("38", "Tỉnh Thanh Hóa"),
            Map.entry("40", "Tỉnh Nghệ An"),
            Map.entry("42", "Tỉnh Hà Tĩnh"),
            Map.entry("44", "Tỉnh Quảng Trị"),
            Map.entry("46", "Thành phố Huế"),
            Map.entry("48", "Thành phố Đà Nẵng"),
            Map.entry("51", "Tỉnh Quảng Ngãi"),
            Map.entry("52", "Tỉnh Gia Lai"),
            Map.entry("56", "Tỉnh Khánh Hòa"),
            Map.entry("66", "Tỉnh Đắk Lắk"),
            Map.entry("68", "Tỉnh Lâm Đồng"),
            Map.entry("75", "Tỉnh Đồng Nai"),
            Map.entry("79", "Thành phố Hồ Chí Minh"),
            Map.entry("80", "Tỉnh Tây Ninh"),
            Map.entry("82", "Tỉnh Đồng Tháp"),
            Map.entry("86", "Tỉnh Vĩnh Long"),
            Map.entry("91", "Tỉnh An Giang"),
            Map.entry("92", "Thành phố Cần Thơ"),
            Map.entry("96", "Tỉnh Cà Mau"));

    private ProvinceNames() {
    }

    /** Every code of the register, in order. */
    public static java.util.List<String> codes() {
        return OFFICIAL.keySet().stream().sorted().toList();
    }

    /** {@code Tỉnh Lạng Sơn}, {@code Thành phố Hà Nội}; empty for a code outside the register. */
    public static Optional<String> official(String code) {
        return Optional.ofNullable(OFFICIAL.get(code));
    }

    /** {@code Lạng Sơn}; the code itself for a code outside the register. */
    public static String shortName(String code) {
        return official(code).map(n -> n.replaceFirst("^(Tỉnh|Thành phố) ", "")).orElse(code);
    }

    /** {@code tỉnh Lạng Sơn}, {@code thành phố Hà Nội}: how "Ủy ban nhân dân ..." continues. */
    public static String withKind(String code) {
        return official(code).map(n -> n.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + n.substring(1))
                .orElse("tỉnh " + code);
    }
}
