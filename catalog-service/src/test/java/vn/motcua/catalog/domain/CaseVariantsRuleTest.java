package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

class CaseVariantsRuleTest {
    // variants: code:value, ';'-separated (working days); Decree 63/2010 Art. 8 cl. 2 d: each case its time limit
    @ParameterizedTest(name = "{0} (4 tại chỗ {1}): {2}")
    @CsvSource(delimiter = '|', value = {
            "MOI:10            | false | ''",
            "MOI:10;GIA_HAN:5  | false | ''",
            "''                | false | caseVariants",                 // none: a dossier would have no deadline
            "MOI:10;MOI:5      | false | caseVariants[1].code",         // one code, two cases: ambiguous
            "MOI:0             | false | caseVariants[0].timeLimit.value", // 0 days only on the spot
            "MOI:0             | true  | ''",                           // 4 tại chỗ: resolved at the desk (118/2025 Art. 17 cl. 4)
            "MOI:1;CAP_LAI:0   | false | caseVariants[1].timeLimit.value",
    })
    void variantsAreAtLeastOneWithUniqueCodesAndZeroOnlyOnTheSpot(String variants, boolean fourOnTheSpot,
            String expectedFields) {
        List<CaseVariant> list = variants.isEmpty() ? List.of() : Arrays.stream(variants.split(";"))
                .map(v -> v.split(":"))
                .map(v -> new CaseVariant(v[0], "Trường hợp " + v[0],
                        new TimeLimit(Integer.parseInt(v[1]), TimeUnit.WORKING_DAYS)))
                .toList();
        assertThat(String.join(",", CaseVariantsRule.check(list, fourOnTheSpot).stream()
                .map(RuleViolation::field).toList())).isEqualTo(expectedFields);
    }
}
