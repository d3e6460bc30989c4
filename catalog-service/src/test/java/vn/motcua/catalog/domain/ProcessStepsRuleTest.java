package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.ProcedureTerms.ProcessStep;

class ProcessStepsRuleTest {
    // shares of the internal process (118/2025 Art. 19 cl. 1), ';'-separated
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "'',        ALLOWED", // no process described yet
            "10;70;20,  ALLOWED",
            "100,       ALLOWED",
            "10;70,     steps",   // 80 %: a fifth of the time limit belongs to nobody
            "50;60,     steps",   // 110 %
    })
    void sharesAddUpToAHundredWhenStepsAreGiven(String shares, String expected) {
        List<ProcessStep> steps = shares.isEmpty() ? List.of() : Arrays.stream(shares.split(";"))
                .map(s -> new ProcessStep("PHONG", "processing-officer", Integer.parseInt(s))).toList();
        assertThat(ProcessStepsRule.check(steps).map(RuleViolation::field).orElse("ALLOWED")).isEqualTo(expected);
    }
}
