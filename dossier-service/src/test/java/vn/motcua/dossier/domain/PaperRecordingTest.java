package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 17 cl. 1c and cl. 3: the papers accepted with the dossier are what the receipt stands for;
 * before acceptance they are still being checked and may be recorded again.
 */
class PaperRecordingTest {

    @ParameterizedTest(name = "accepted {0}, recorded [{1}], request [{2}]: {3} {4} {5}")
    @CsvSource(textBlock = """
            # before acceptance: new and recorded papers alike
            false, '',        DON CCCD,  0,   ,                       ''
            false, DON,       DON CCCD,  0,   ,                       ''
            # after acceptance: a new paper (a supplement) is added, a recorded one is not rewritten
            true,  DON,       CCCD,      0,   ,                       ''
            true,  DON,       CCCD DON,  409, paper-already-accepted, papers[1].code
            # one code twice in one request is a mistake before or after acceptance
            false, '',        DON DON,   422, duplicate-paper,        papers[1].code
            true,  '',        CCCD DON CCCD, 422, duplicate-paper,    papers[2].code
            """)
    void aRecordedPaperIsRewrittenOnlyBeforeAcceptance(boolean accepted, String recorded, String codes, int status,
            String problemType, String field) {
        Set<String> before = recorded.isEmpty() ? Set.of() : Arrays.stream(recorded.split(" "))
                .collect(Collectors.toSet());
        List<String> request = Arrays.asList(codes.split(" "));
        Optional<PaperRecording.Refusal> refusal = PaperRecording.refusal(accepted, before, request);
        if (status == 0) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).get().extracting(PaperRecording.Refusal::status, PaperRecording.Refusal::problemType,
                    PaperRecording.Refusal::field).containsExactly(status, problemType, field);
        }
    }
}
