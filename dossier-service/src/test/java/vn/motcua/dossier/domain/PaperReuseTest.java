package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decree 118/2025 Art. 5 cl. 1i: the one-stop reuses what the applicant already gave; a paper is reused from an
 * accepted earlier dossier of the same applicant in the same province (another province's dossiers are not found
 * at all, so they arrive here as "no source").
 */
class PaperReuseTest {

    @ParameterizedTest(name = "applicant {0}, source {1}: reused {6}")
    @CsvSource(textBlock = """
            # applicant, source found, source applicant, same dossier, accepted, has the paper, reused
            020190000123, true,  020190000123, false, true,  true,  true
            # another applicant's dossier: refused, and said the same way as a dossier that does not exist
            020190000123, true,  020190000999, false, true,  true,  false
            # no dossier of that code in the province (or in another province)
            020190000123, false, ,             false, false, false, false
            # the dossier itself is not an earlier dossier
            020190000123, true,  020190000123, true,  true,  true,  false
            # refused at reception or not yet accepted: its papers were never accepted
            020190000123, true,  020190000123, false, false, true,  false
            # accepted, but without a paper of this code
            020190000123, true,  020190000123, false, true,  false, false
            # an applicant without an id number cannot be matched to earlier dossiers
            ,             true,  ,             false, true,  true,  false
            """)
    void aPaperIsReusedOnlyFromAnAcceptedEarlierDossierOfTheSameApplicant(String applicant, boolean found,
            String sourceApplicant, boolean sameDossier, boolean accepted, boolean hasPaper, boolean reused) {
        Optional<PaperReuse.Source> source = found
                ? Optional.of(new PaperReuse.Source(sourceApplicant, sameDossier, accepted, hasPaper))
                : Optional.empty();
        assertThat(PaperReuse.refusal(applicant, source))
                .isEqualTo(reused ? Optional.empty() : Optional.of(PaperReuse.REFUSAL));
    }
}
