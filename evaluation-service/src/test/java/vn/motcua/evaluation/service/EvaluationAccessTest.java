package vn.motcua.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.evaluation.domain.SubjectKind;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/** Whose scorecards each caller reads (the contract's jurisdiction of the reads), one row per caller and kind. */
class EvaluationAccessTest {

    @ParameterizedTest(name = "{0} of {1}/{2}/{3} reading {4}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // roles                    | province | agency   | unit  | kind     | grants
            "reception-officer          | 20       | SKHCN-20 | -     | OFFICER  | Only[subject=xuly]",
            "reception-officer          | 20       | SKHCN-20 | -     | UNIT     | -",
            "processing-officer         | 20       | SKHCN-20 | QLCN  | OFFICER  | Only[subject=xuly]",
            "processing-officer         | 20       | SKHCN-20 | QLCN  | AGENCY   | -",
            "unit-lead                  | 20       | SKHCN-20 | QLCN  | UNIT     | Only[subject=SKHCN-20/QLCN]",
            "unit-lead         | 20 | SKHCN-20 | QLCN | OFFICER  | Only[subject=xuly];OfficersOf[agency=SKHCN-20, unit=QLCN]",
            "unit-lead                  | 20       | SKHCN-20 | QLCN  | AGENCY   | -",
            "unit-lead                  | 20       | SKHCN-20 | -     | UNIT     | -",
            "agency-head                | 20       | SKHCN-20 | -     | AGENCY   | Only[subject=SKHCN-20]",
            "agency-head                | 20       | SKHCN-20 | -     | UNIT     | UnitsOf[agency=SKHCN-20]",
            "agency-head       | 20 | SKHCN-20 | -    | OFFICER  | OfficersOf[agency=SKHCN-20, unit=null]",
            "agency-head                | 20       | SKHCN-20 | -     | PROVINCE | Only[subject=20]",
            "agency-head                | 20       | -        | -     | AGENCY   | -",
            "province-admin             | 20       | -        | -     | AGENCY   | Any[]",
            "province-admin             | 20       | -        | -     | OFFICER  | Any[]",
            "province-admin             | -        | -        | -     | AGENCY   | -",
            "national-auditor           | -        | -        | -     | PROVINCE | Any[]",
            "portal                     | 20       | -        | -     | OFFICER  | -",
            "citizen                    | 20       | -        | -     | OFFICER  | -",
            "citizen                    | 20       | -        | -     | PROVINCE | -",
    })
    void eachCallerReadsTheSubjectsOfTheirJurisdiction(String roles, String province, String agency, String unit,
            SubjectKind kind, String grants) {
        Caller caller = new Caller("xuly", Optional.ofNullable(province).map(ProvinceCode::new),
                Optional.ofNullable(agency), Optional.ofNullable(unit), Set.copyOf(Arrays.asList(roles.split(";"))));

        String granted = String.join(";", EvaluationAccess.scopes(caller, kind).stream().map(Object::toString)
                .toList());

        assertThat(granted).isEqualTo(grants == null ? "" : grants);
    }

    @ParameterizedTest(name = "{0} of {1} asking province {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "province-admin   | 20 | -  | 20",
            "province-admin   | 20 | 20 | 20",
            "province-admin   | 04 | 20 | 422 province",
            "national-auditor | -  | 04 | 04",
            "national-auditor | -  | -  | 422 province",
            "citizen          | -  | 20 | 403 outside-jurisdiction",
    })
    void theProvinceReadIsTheCallersOwnOrTheOneAnAuditorNames(String role, String province, String requested,
            String expected) {
        Caller caller = new Caller("someone", Optional.ofNullable(province).map(ProvinceCode::new),
                Optional.empty(), Optional.empty(), Set.of(role));
        Optional<ProvinceCode> asked = Optional.ofNullable(requested).map(ProvinceCode::new);
        if (expected.contains(" ")) {
            assertThatThrownBy(() -> EvaluationAccess.province(caller, asked))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status() + " "
                            + (e.errors().isEmpty() ? e.slug() : e.errors().getFirst().field())).isEqualTo(expected));
        } else {
            assertThat(EvaluationAccess.province(caller, asked).value()).isEqualTo(expected);
        }
    }
}
