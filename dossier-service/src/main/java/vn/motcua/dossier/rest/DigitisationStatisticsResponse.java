package vn.motcua.dossier.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.DigitisationCounter;
import vn.motcua.dossier.service.DigitisationCounts;

/** Số liệu số hóa và thanh toán of a period: each number with the definition it was counted by. */
public record DigitisationStatisticsResponse(
        @Schema(description = "Từ ngày (first day)") LocalDate from,
        @Schema(description = "Đến ngày (the day after the last: the period is [from, to))") LocalDate to,
        @Schema(description = "Cơ quan counted; null for the whole province") String agency,
        Counter accepted,
        Counter allPapersDigitised,
        Counter resultDigitised,
        Counter reusedPaper,
        Counter paid,
        Counter paidOnline) {

    public record Counter(long count, String definition) {
        static Counter of(DigitisationCounts counts, DigitisationCounter counter) {
            return new Counter(counts.counts().get(counter), counter.definition());
        }
    }

    static DigitisationStatisticsResponse of(DigitisationCounts c) {
        return new DigitisationStatisticsResponse(c.from(), c.to(), c.agency(),
                Counter.of(c, DigitisationCounter.ACCEPTED), Counter.of(c, DigitisationCounter.ALL_PAPERS_DIGITISED),
                Counter.of(c, DigitisationCounter.RESULT_DIGITISED), Counter.of(c, DigitisationCounter.REUSED_PAPER),
                Counter.of(c, DigitisationCounter.PAID), Counter.of(c, DigitisationCounter.PAID_ONLINE));
    }
}
