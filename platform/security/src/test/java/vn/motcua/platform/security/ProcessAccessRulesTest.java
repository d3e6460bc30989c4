package vn.motcua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProvinceCode;

/**
 * Who moves a dossier through its internal process: the desk to the first step (Decree 118/2025 Art. 18 cl. 2),
 * the holding unit to the next (Art. 19 cl. 1), a unit lead assigns (phân công).
 */
class ProcessAccessRulesTest {
    /** The file is held by Lạng Sơn (20), agency SKHCN-20, unit QLKH (or still at the desk). */
    @ParameterizedTest(name = "{0} of {1}/{2}/{3}: from the desk {4}, from QLKH {5}, assigns in QLKH {6}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,                       prov, agency,   unit,   desk,  unit,  assign
            reception-officer,            20,   SKHCN-20, -,      true,  false, false
            # the desk receives for every agency of the province (Art. 14 cl. 2)
            reception-officer,            20,   SYT-20,   -,      true,  false, false
            reception-officer,            04,   SKHCN-04, -,      false, false, false
            processing-officer,           20,   SKHCN-20, QLKH,   false, true,  false
            processing-officer,           20,   SKHCN-20, QLCN,   false, false, false
            processing-officer,           20,   SKHCN-20, -,      false, false, false
            processing-officer,           20,   SYT-20,   QLKH,   false, false, false
            unit-lead,                    20,   SKHCN-20, QLKH,   false, true,  true
            unit-lead,                    20,   SKHCN-20, QLCN,   false, false, false
            unit-lead,                    04,   SKHCN-20, QLKH,   false, false, false
            agency-head,                  20,   SKHCN-20, -,      false, false, false
            province-admin,               20,   -,        -,      false, false, false
            portal,                       20,   -,        -,      false, false, false
            national-auditor,             -,    -,        -,      false, false, false
            """)
    void whoHandsOverAndWhoAssigns(String roles, String province, String agency, String unit, boolean fromDesk,
            boolean fromUnit, boolean assigns) {
        Caller caller = caller(roles, province, agency, unit);
        assertThat(AccessRules.mayHandOver(caller, holding(null), true)).isEqualTo(fromDesk);
        assertThat(AccessRules.mayHandOver(caller, holding("QLKH"), false)).isEqualTo(fromUnit);
        assertThat(AccessRules.mayAssign(caller, holding("QLKH"))).isEqualTo(assigns);
    }

    @ParameterizedTest(name = "{0} of {1}/{2}/{3} hands back a file held by CCTDC-20/QLTDC: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # liên thông (Art. 20): the co-operating agency's unit holds it, and only that unit moves it on
            processing-officer, 20, CCTDC-20, QLTDC, true
            processing-officer, 20, SKHCN-20, QLKH,  false
            unit-lead,          20, CCTDC-20, QLTDC, true
            """)
    void aCoOperatingAgencysUnitHandsBackWhatItHolds(String role, String province, String agency, String unit,
            boolean allowed) {
        CaseScope.Holder holding = new CaseScope.Holder(new ProvinceCode("20"), "CCTDC-20", Optional.of("QLTDC"),
                "tiepnhan.ls");
        assertThat(AccessRules.mayHandOver(caller(role, province, agency, unit), holding, false)).isEqualTo(allowed);
    }

    private static CaseScope.Holder holding(String unit) {
        return new CaseScope.Holder(new ProvinceCode("20"), "SKHCN-20", Optional.ofNullable(unit), "tiepnhan.ls");
    }

    private static Caller caller(String roles, String province, String agency, String unit) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.PROVINCE_CLAIM, province);
        claims.put(Caller.AGENCY_CLAIM, agency);
        claims.put(Caller.UNIT_CLAIM, unit);
        return Caller.fromClaims("x", claims::get, Set.copyOf(Arrays.asList(roles.split(" "))));
    }
}
