package vn.motcua.dossier.domain;

import java.util.Optional;

/**
 * Mã số thuế of an organisation: 10 digits whose last is a check digit over the first nine, or, for a dependent
 * unit (chi nhánh, văn phòng đại diện), the parent's 10 digits, a hyphen and a 3-digit sequence 001-999 (Circular
 * 105/2020/TT-BTC Art. 5 cl. 3). The check digit is {@code 10 - (Σ dᵢ·wᵢ mod 11)} with weights 31, 29, 23, 19, 17,
 * 13, 7, 5, 3; a sum whose remainder is 0 would need 10 and is never issued. Checked against the tax
 * authority's published codes as python-stdnum's {@code vn.mst} lists them (0100233488 valid, 0100233480 not).
 */
public final class TaxCode {
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** Why {@code code} is not a tax code, or empty when it is well formed. */
    public static Optional<String> problem(String code) {
        if (code == null || !code.matches("[0-9]{10}(-[0-9]{3})?")) {
            return Optional.of("must be a tax code of 10 digits, or 10-3 digits for a dependent unit");
        }
        if (code.length() == 14 && code.endsWith("-000")) {
            return Optional.of("a dependent unit's number runs from 001 to 999");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (code.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        if (check != code.charAt(9) - '0') {
            return Optional.of("its check digit (the 10th) does not match the first nine");
        }
        return Optional.empty();
    }
}
