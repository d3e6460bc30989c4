package vn.motcua.catalog.domain;

import java.util.regex.Pattern;

/**
 * Mã định danh of an agency or unit under QCVN 102:2016/BTTTT (issued by Circular 10/2016/TT-BTTTT): four
 * groups {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, levels 4, 3 and 2 as digits and the level-1 unit as a letter and two
 * digits, e.g. {@code 000.00.15.H43}. Circular 01/2018/TT-VPCP Art. 19 builds dossier codes on it, so a code of
 * another shape would make codes no portal can read. Only the shape is checked: the assigned values are the
 * province's data.
 */
public final class OfficialUnitCode {
    /** For Bean Validation at the edge; {@link #isValid} is the same rule for every other caller. */
    public static final String PATTERN = "[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}";
    public static final String MESSAGE = "must be a unit code under QCVN 102:2016, e.g. 000.00.15.H43";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private OfficialUnitCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
