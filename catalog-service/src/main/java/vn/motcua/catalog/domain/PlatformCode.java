package vn.motcua.catalog.domain;

import java.util.regex.Pattern;

/**
 * The identifier of an agency or a unit inside mot-cua, as Keycloak tokens carry it in the {@code agency} and
 * {@code unit} claims (e.g. {@code SKHCN-20}, {@code MOTCUA}): capital letters and digits in groups joined by
 * single hyphens, at most 50 characters. Not a legal code (that is {@link OfficialUnitCode}): it is what
 * administrators type into user accounts, so it has no spaces, accents or lower case to mistype.
 */
public final class PlatformCode {
    public static final int MAX_LENGTH = 50;
    public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";
    public static final String MESSAGE = "must be capital letters and digits in groups joined by hyphens, e.g. SKHCN-20";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private PlatformCode() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() <= MAX_LENGTH && SHAPE.matcher(code).matches();
    }
}
