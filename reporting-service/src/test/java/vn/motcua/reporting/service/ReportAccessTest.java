package vn.motcua.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/** Whose reports each caller reads (issue 16 item 5): a table of callers, named parameters and outcomes. */
class ReportAccessTest {
    @ParameterizedTest(name = "{0} ({1}/{2}) asking province={3} agency={4} -> {5}")
    @CsvSource(nullValues = "-", value = {
            // caller role      | province | agency    | ?province | ?agency   | outcome
            "province-admin,     20, -,         -,  -,         PROVINCE 20",
            "province-admin,     20, -,         20, -,         PROVINCE 20",
            "province-admin,     20, -,         -,  SKHCN-20,  AGENCY 20 SKHCN-20",
            "province-admin,     20, -,         04, -,         403 foreign-province",
            "province-admin,     20, -,         2O, -,         400 province",
            "province-admin,     20, -,         -,  'SK HCN',  400 agency",
            "agency-head,        20, SKHCN-20,  -,  -,         AGENCY 20 SKHCN-20",
            "agency-head,        20, SKHCN-20,  -,  SKHCN-20,  AGENCY 20 SKHCN-20",
            "agency-head,        20, SKHCN-20,  -,  STP-20,    403 foreign-agency",
            "agency-head,        20, SKHCN-20,  04, -,         403 foreign-province",
            "unit-lead,          20, SKHCN-20,  -,  -,         AGENCY 20 SKHCN-20",
            "unit-lead,          20, SKHCN-20,  -,  STP-20,    403 foreign-agency",
            "agency-head,        20, -,         -,  -,         403 no-reports",
            "processing-officer, 20, SKHCN-20,  -,  -,         403 no-reports",
            "reception-officer,  20, -,         -,  -,         403 no-reports",
            "citizen,            20, -,         -,  -,         403 no-reports",
            "portal,             20, -,         -,  -,         403 no-reports",
            "national-auditor,   -,  -,         20, -,         PROVINCE 20",
            "national-auditor,   -,  -,         04, SKHCN-04,  AGENCY 04 SKHCN-04",
            "national-auditor,   -,  -,         -,  -,         400 province",
            "province-admin,     -,  -,         -,  -,         403 no-reports",
            "-,                  -,  -,         -,  -,         403 no-reports",
    })
    void scopeOfAForm(String role, String province, String agency, String askedProvince, String askedAgency,
            String outcome) {
        Caller caller = new Caller("someone", Optional.ofNullable(province).map(ProvinceCode::new),
                Optional.ofNullable(agency), Optional.of("QLCN"), role == null ? Set.of() : Set.of(role));

        assertThat(outcome(() -> ReportAccess.scope(caller, Optional.ofNullable(askedProvince),
                Optional.ofNullable(askedAgency)))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "national-auditor,   NATIONAL",
            "province-admin,     403 national-only",
            "agency-head,        403 national-only",
            "citizen,            403 national-only",
    })
    void theNationalRollUpIsTheAuditors(String role, String outcome) {
        Caller caller = new Caller("someone", role.equals("national-auditor") ? Optional.empty()
                : Optional.of(new ProvinceCode("20")), Optional.of("SKHCN-20"), Optional.empty(), Set.of(role));

        assertThat(outcome(() -> ReportAccess.national(caller))).isEqualTo(outcome);
    }

    private static String outcome(java.util.function.Supplier<ReportScope> decide) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, decide::get);
        if (refused != null) {
            return refused.status() + " " + (refused.status() == 400 ? refused.errors().getFirst().field()
                    : refused.slug());
        }
        return switch (decide.get()) {
            case ReportScope.Province p -> "PROVINCE " + p.province().value();
            case ReportScope.Agency a -> "AGENCY " + a.province().value() + " " + a.agency();
            case ReportScope.National n -> "NATIONAL";
        };
    }
}
