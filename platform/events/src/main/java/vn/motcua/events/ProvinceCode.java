package vn.motcua.events;

import java.util.regex.Pattern;

/**
 * A province (tỉnh, thành phố trực thuộc trung ương) by its official two-digit code in the list of
 * administrative units (e.g. Cao Bằng 04, Lạng Sơn 20). The tenant of every row and event.
 */
public record ProvinceCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{2}");

    public ProvinceCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a province code is two digits, e.g. 20; got " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
