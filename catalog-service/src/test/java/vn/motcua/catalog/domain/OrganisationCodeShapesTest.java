package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of the register's codes, one table per rule. */
class OrganisationCodeShapesTest {

    // QCVN 102:2016/BTTTT (Circular 10/2016/TT-BTTTT): V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.15.H43
    @ParameterizedTest(name = "official code ''{0}'' valid: {1}")
    @CsvSource(nullValues = "NULL", value = {
            "000.00.15.H43, true",    // a Sở of a province (research/domain.md §3.1)
            "000.01.15.H43, true",    // a level-3 unit under it
            "123.45.67.G12, true",    // a ministry's level-1 letter
            "000.00.15.h43, false",   // the level-1 letter is a capital
            "000.00.15.H4,  false",   // two digits after it
            "00.00.15.H43,  false",   // three digits at level 4
            "000.0.15.H43,  false",
            "000-00-15-H43, false",   // dots, not hyphens
            "'',            false",
            "NULL,          false",
            "000.00.15.H43.01, false",
            "000.00.15.143, false",   // a letter, not a digit, at level 1
            "０００.00.15.H43, false"  // full-width digits are not the ASCII the dossier code is printed in
    })
    void officialUnitCodes(String code, boolean valid) {
        assertThat(OfficialUnitCode.isValid(code)).isEqualTo(valid);
    }

    // Circular 01/2018/TT-VPCP Art. 20: MX1X2-LV, MX1X2 the level-1 unit code (QCVN 102:2016), LV the field code
    @ParameterizedTest(name = "field code ''{0}'' valid: {1}")
    @CsvSource(nullValues = "NULL", value = {
            "G19-KHCN01,   true",
            "H43-1,        true",     // one character of LV is enough
            "H43-ABCDEFGHIJ, true",   // ten is the most
            "H43-ABCDEFGHIJK, false", // eleven is not
            "H43-,         false",
            "H43,          false",
            "h43-KHCN,     false",
            "H4-KHCN,      false",
            "000.00.15.H43-KHCN, false", // the level-1 group only, not the whole unit code
            "H43-KH CN,    false",
            "H43-KH_CN,    false",
            "H43-KHCN-01,  false",
            "'',           false",
            "NULL,         false"
    })
    void fieldCodes(String code, boolean valid) {
        assertThat(FieldCode.isValid(code)).isEqualTo(valid);
    }

    // the agency and unit claims of Keycloak tokens (deploy/keycloak/mot-cua-realm.json: agency=SKHCN-20)
    @ParameterizedTest(name = "platform code ''{0}'' valid: {1}")
    @CsvSource(nullValues = "NULL", value = {
            "SKHCN-20,   true",
            "CCTDC-20,   true",
            "MOTCUA,     true",
            "VP,         true",
            "A-B-C-1,    true",
            "skhcn-20,   false",
            "SKHCN--20,  false",
            "-SKHCN,     false",
            "SKHCN-,     false",
            "SKHCN 20,   false",
            "SỞKHCN,     false",
            "'',         false",
            "NULL,       false",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,  true",  // 50 characters
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, false"  // 51
    })
    void platformCodes(String code, boolean valid) {
        assertThat(PlatformCode.isValid(code)).isEqualTo(valid);
    }
}
