package vn.motcua.reporting.domain.form;

import java.util.Arrays;
import java.util.Optional;

/** The reports the platform produces, by the code the API, the file names and the console use. */
public enum FormCode {
    /** Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết, per field (domain.md §7). */
    II_06B("II.06b"),
    /** The catalogue's counts (domain.md §2, §7): in force, by level, mechanism, postal, online, changes. */
    II_03B("II.03b"),
    /** Scorecards of the agencies and the province with the Decision 766 groups (issue 15's events). */
    EVALUATION("evaluation"),
    /** Online-service, online-payment, digitisation, reuse, satisfaction and on-time rates against the targets. */
    RATES("rates");

    private final String code;

    FormCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FormCode> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
