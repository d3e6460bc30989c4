package vn.motcua.events;

import java.util.regex.Pattern;

/**
 * The shape of a national TTHC code as every service checks it on input: {@code d.dddddd} ({@code 1.004227}). The
 * code is otherwise opaque (domain.md §2: what the digits mean is not in any text read); a province's local variant
 * ({@code 1.004227.000.00.00.H38}) is kept apart from it.
 */
public final class ProcedureCodeShape {
    public static final String NATIONAL = "[0-9]\\.[0-9]{6}";
    public static final String NATIONAL_MESSAGE = "must look like 1.004227";
    private static final Pattern NATIONAL_PATTERN = Pattern.compile(NATIONAL);

    private ProcedureCodeShape() {
    }

    public static boolean isNational(String code) {
        return code != null && NATIONAL_PATTERN.matcher(code).matches();
    }
}
