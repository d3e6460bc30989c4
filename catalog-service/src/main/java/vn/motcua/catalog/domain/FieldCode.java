package vn.motcua.catalog.domain;

import java.util.regex.Pattern;

/**
 * Mã lĩnh vực, {@code MX1X2-LV} [law: Circular 01/2018/TT-VPCP Art. 20]: MX1X2 is the level-1 unit code under
 * QCVN 102:2016 (a letter and two digits, the last group of an official unit code such as
 * {@code 000.00.15.H43}; the same letters close the dossier code of Art. 19), LV the field's code in the list
 * the Government Office keeps, taken here as 1 to 10 letters or digits. Circular 03/2025/TT-VPCP re-issues
 * field codes; their text was not read (research/domain.md §2), so the 2018 shape is the rule until it is.
 */
public final class FieldCode {
    public static final String PATTERN = "[A-Z][0-9]{2}-[A-Za-z0-9]{1,10}";
    public static final String MESSAGE = "must be MX1X2-LV (Circular 01/2018/TT-VPCP Art. 20), e.g. G19-KHCN01";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private FieldCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
