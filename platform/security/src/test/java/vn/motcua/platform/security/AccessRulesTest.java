package vn.motcua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProvinceCode;

/** Role × jurisdiction, one row per legal case. */
class AccessRulesTest {
    /**
     * The file read: Lạng Sơn (20), agency SKHCN-20, unit P1, submitted by portal-20's service account. Columns:
     * role(s), caller province, agency, unit, name; then whether each file below is visible.
     */
    @ParameterizedTest(name = "{0} of {1}/{2}/{3} ({4}): own agency {5}, other agency {6}, other unit {7}, "
            + "desk-filed {8}, other province {9}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,                            prov, agency,   unit, name,                      own,   agency2, unit2, desk,  foreign
            province-admin,                    20,   -,        -,    quantri.ls,                true,  true,    true,  true,  false
            reception-officer,                 20,   SKHCN-20, -,    tiepnhan.ls,               true,  true,    true,  true,  false
            agency-head,                       20,   SKHCN-20, -,    giamdoc.ls,                true,  false,   true,  true,  false
            processing-officer,                20,   SKHCN-20, P1,   xuly.ls,                   true,  false,   true,  true,  false
            unit-lead,                         20,   SKHCN-20, P1,   truongphong.ls,            true,  false,   false, true,  false
            portal,                            20,   -,        -,    service-account-portal-20, true,  true,    true,  false, false
            citizen,                           20,   -,        -,    congdan.ls,                false, false,   false, false, false
            national-auditor,                  -,    -,        -,    kiemtra.qg,                false, false,   false, false, false
            # missing jurisdiction claims fail closed
            agency-head,                       20,   -,        -,    giamdoc.ls,                false, false,   false, false, false
            unit-lead,                         20,   SKHCN-20, -,    truongphong.ls,            false, false,   false, false, false
            reception-officer,                 -,    SKHCN-20, -,    tiepnhan.ls,               false, false,   false, false, false
            # several roles: the widest grant
            unit-lead processing-officer,      20,   SKHCN-20, P1,   xuly.ls,                   true,  false,   true,  true,  false
            """)
    void whoSeesWhichCaseFile(String roles, String province, String agency, String unit, String name,
            boolean ownFile, boolean otherAgency, boolean otherUnit, boolean deskFiled, boolean foreign) {
        Caller caller = caller(roles, province, agency, unit, name);
        CaseScope scope = AccessRules.caseScope(caller);

        assertThat(scope.admits(file("20", "SKHCN-20", "P1", "service-account-portal-20"))).isEqualTo(ownFile);
        assertThat(scope.admits(file("20", "SYT-20", "P1", "service-account-portal-20"))).isEqualTo(otherAgency);
        assertThat(scope.admits(file("20", "SKHCN-20", "P2", "service-account-portal-20"))).isEqualTo(otherUnit);
        assertThat(scope.admits(file("20", "SKHCN-20", "P1", "tiepnhan.ls"))).isEqualTo(deskFiled);
        assertThat(scope.admits(file("04", "SKHCN-20", "P1", "service-account-portal-20"))).isEqualTo(foreign);
    }

    @ParameterizedTest(name = "{0} of {1}/{2} resolves a file of 20/SKHCN-20: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            processing-officer, 20, SKHCN-20, true
            processing-officer, 20, SYT-20,   false
            processing-officer, 04, SKHCN-20, false
            processing-officer, 20, -,        false
            reception-officer,  20, SKHCN-20, false
            agency-head,        20, SKHCN-20, false
            province-admin,     20, SKHCN-20, false
            portal,             20, SKHCN-20, false
            """)
    void onlyAProcessingOfficerOfTheCompetentAgencyResolves(String role, String province, String agency,
            boolean allowed) {
        assertThat(AccessRules.mayResolve(caller(role, province, agency, null, "x"),
                file("20", "SKHCN-20", null, "tiepnhan.ls"))).isEqualTo(allowed);
    }

    /**
     * The lifecycle's actions on a file of 20/SKHCN-20 submitted by portal-20 (Decree 118/2025 Art. 14 cl. 2: the
     * desk receives for every agency of the province; Art. 19 cl. 5-6: the competent agency appraises and
     * apologises; Art. 21: the applicant withdraws). Columns: role(s), province, agency, name; then receive (accept,
     * papers, refuse, return), submitter (add papers, supplement, withdraw), request a supplement, extend.
     */
    @ParameterizedTest(name = "{0} of {1}/{2} ({3}): receive {4}, submitter {5}, supplement {6}, extend {7}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,            prov, agency,   name,                       receive, submitter, suppl, extend
            reception-officer, 20,   SKHCN-20, tiepnhan.ls,                true,    false,     false, false
            # the desk of the centre receives for every agency of its province
            reception-officer, 20,   SYT-20,   tiepnhan.syt,               true,    false,     false, false
            reception-officer, 04,   SKHCN-20, tiepnhan.cb,                false,   false,     false, false
            reception-officer, -,    SKHCN-20, tiepnhan.ls,                false,   false,     false, false
            portal,            20,   -,        service-account-portal-20,  false,   true,      false, false
            # another portal of the same province did not submit it
            portal,            20,   -,        service-account-portal-20b, false,   false,     false, false
            portal,            04,   -,        service-account-portal-20,  false,   false,     false, false
            citizen,           20,   -,        service-account-portal-20,  false,   true,      false, false
            processing-officer, 20,  SKHCN-20, xuly.ls,                    false,   false,     true,  false
            processing-officer, 20,  SYT-20,   xuly.syt,                   false,   false,     false, false
            processing-officer, 04,  SKHCN-20, xuly.cb,                    false,   false,     false, false
            unit-lead,         20,   SKHCN-20, truongphong.ls,             false,   false,     true,  true
            unit-lead,         20,   SYT-20,   truongphong.syt,            false,   false,     false, false
            agency-head,       20,   SKHCN-20, giamdoc.ls,                 false,   false,     false, true
            agency-head,       20,   -,        giamdoc.ls,                 false,   false,     false, false
            province-admin,    20,   SKHCN-20, quantri.ls,                 false,   false,     false, false
            national-auditor,  -,    -,        kiemtra.qg,                 false,   false,     false, false
            """)
    void whoTakesWhichLifecycleAction(String roles, String province, String agency, String name, boolean receive,
            boolean submitter, boolean supplement, boolean extend) {
        Caller caller = caller(roles, province, agency, null, name);
        CaseScope.Holder file = file("20", "SKHCN-20", "P1", "service-account-portal-20");

        assertThat(AccessRules.mayReceive(caller, file)).isEqualTo(receive);
        assertThat(AccessRules.isSubmitter(caller, file)).isEqualTo(submitter);
        assertThat(AccessRules.mayRequestSupplement(caller, file)).isEqualTo(supplement);
        assertThat(AccessRules.mayExtend(caller, file)).isEqualTo(extend);
    }

    @ParameterizedTest(name = "{0} of {1} asking for {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            province-admin,    20, -,  Granted 20
            province-admin,    20, 20, Granted 20
            province-admin,    20, 04, Refused
            agency-head,       04, -,  Granted 04
            national-auditor,  -,  04, Granted 04
            national-auditor,  -,  -,  MustNameProvince
            portal,            -,  -,  Refused
            """)
    void reportsOfTheOwnProvinceOrNamedByANationalRole(String role, String province, String requested,
            String expected) {
        var grant = AccessRules.reportGrant(caller(role, province, null, null, "x"),
                Optional.ofNullable(requested).map(ProvinceCode::new));
        String shown = grant instanceof AccessRules.ReportGrant.Granted g ? "Granted " + g.province().value()
                : grant.getClass().getSimpleName();
        assertThat(shown).isEqualTo(expected);
    }

    private static Caller caller(String roles, String province, String agency, String unit, String name) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put(Caller.PROVINCE_CLAIM, province);
        claims.put(Caller.AGENCY_CLAIM, agency);
        claims.put(Caller.UNIT_CLAIM, unit);
        return Caller.fromClaims(name, claims::get, Set.copyOf(Arrays.asList(roles.split(" "))));
    }

    private static CaseScope.Holder file(String province, String agency, String unit, String submittedBy) {
        return new CaseScope.Holder(new ProvinceCode(province), agency, Optional.ofNullable(unit), submittedBy);
    }
}
