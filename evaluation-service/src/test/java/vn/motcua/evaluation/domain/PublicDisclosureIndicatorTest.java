package vn.motcua.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.evaluation.domain.Dossiers.VN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chỉ số 6 (Circular 01/2018/TT-VPCP Art. 13) on the version in force on the reception day; timely = decided at
 * least 5 working days before taking effect (Decision 766 1.1 for provinces). Effective Mon 02/03/2026: the 5th
 * working day before it is Mon 23/02/2026.
 */
class PublicDisclosureIndicatorTest {
    private final PublicDisclosureIndicator indicator = new PublicDisclosureIndicator();

    @ParameterizedTest(name = "decided {0}, papers [{1}], name [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-23 | Tờ khai | Cấp giấy phép | 2 | Công khai trực tuyến, đầy đủ, đúng hạn
            2026-02-02 | Tờ khai | Cấp giấy phép | 2 | Công khai trực tuyến, đầy đủ, đúng hạn
            # one working day late (Tue 24/02: only 4 working days before)
            2026-02-24 | Tờ khai | Cấp giấy phép | 1 | Công khai trực tuyến nhưng quyết định công bố 24/02/2026 chậm (hiệu lực 02/03/2026, cần trước 5 ngày làm việc)
            # complete but no required papers listed
            2026-02-23 | ''      | Cấp giấy phép | 1 | Công khai trực tuyến nhưng thiếu thành phần hồ sơ
            2026-03-02 | ''      | ' '           | 1 | Công khai trực tuyến nhưng thiếu tên thủ tục, thành phần hồ sơ; quyết định công bố 02/03/2026 chậm (hiệu lực 02/03/2026, cần trước 5 ngày làm việc)
            """)
    void publishedOnlineCompleteAndTimelyEarnsTwo(String decided, String papers, String name, int points,
            String reason) {
        List<String> listed = papers.isEmpty() ? List.of() : List.of(papers);
        DossierFacts facts = Dossiers.accepted().procedure(Dossiers.terms(decided, "2026-03-02", listed, name))
                .resolved("2026-03-13T15:00").facts();

        assertThat(indicator.evaluate(facts, VN)).isEqualTo(IndicatorResult.scored(6, points, reason));
    }

    @Test
    void noPublishedVersionEarnsZero() {
        assertThat(indicator.evaluate(Dossiers.accepted().resolved("2026-03-13T15:00").facts(), VN))
                .isEqualTo(IndicatorResult.scored(6, 0, "Không có thủ tục được công bố, công khai trên hệ thống"));
    }

    /** Days off in between are not working days: Tết 2026 (16-20/02) pushes the 5th working day back. */
    @Test
    void theWorkingDaysAreTheProvincesCalendar() {
        EvaluationContext tet = new EvaluationContext(EvaluationContext.VIETNAM,
                d -> VN.workingDay().test(d) && (d.isBefore(LocalDate.of(2026, 2, 16))
                        || d.isAfter(LocalDate.of(2026, 2, 20))));

        assertThat(PublicDisclosureIndicator.workingDaysBefore(LocalDate.of(2026, 2, 25), 5, tet.workingDay()))
                .isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(PublicDisclosureIndicator.workingDaysBefore(LocalDate.of(2026, 2, 25), 5, VN.workingDay()))
                .isEqualTo(LocalDate.of(2026, 2, 18));
    }
}
