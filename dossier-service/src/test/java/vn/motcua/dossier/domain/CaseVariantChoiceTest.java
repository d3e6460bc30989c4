package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.CaseVariant;
import vn.motcua.events.ProcedureTerms.TimeLimit;
import vn.motcua.events.ProcedureTerms.TimeUnit;

class CaseVariantChoiceTest {
    // each case its own time limit (Decree 63/2010 Art. 8 cl. 2 d): ambiguity is refused, never guessed
    @ParameterizedTest(name = "{1} among {0}: {2}")
    @CsvSource({
            "CHUNG,       '',      CHUNG",                                      // one case: it needs no naming
            "CHUNG,       CHUNG,   CHUNG",
            "CHUNG,       MOI,     is not a case of this procedure (CHUNG)",
            "MOI;GIA_HAN, GIA_HAN, GIA_HAN",
            "MOI;GIA_HAN, '',      'is required: this procedure has the cases MOI, GIA_HAN'",
            "MOI;GIA_HAN, CAP_LAI, 'is not a case of this procedure (MOI, GIA_HAN)'",
    })
    void theDeskNamesTheCaseUnlessThereIsOnlyOne(String codes, String requested, String expected) {
        List<CaseVariant> variants = Arrays.stream(codes.split(";"))
                .map(c -> new CaseVariant(c, c, new TimeLimit(5, TimeUnit.WORKING_DAYS))).toList();
        String answer = switch (CaseVariantChoice.choose(variants,
                requested.isEmpty() ? Optional.empty() : Optional.of(requested))) {
            case CaseVariantChoice.Chosen chosen -> chosen.variant().code();
            case CaseVariantChoice.Refused refused -> refused.message();
        };
        assertThat(answer).isEqualTo(expected);
    }
}
