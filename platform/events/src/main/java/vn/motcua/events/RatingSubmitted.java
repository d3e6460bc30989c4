package vn.motcua.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The applicant rated a returned dossier, once (đánh giá của tổ chức, cá nhân: Decree 118/2025 Art. 33 cl. 1, the
 * same nine contents as Decree 61/2018 Art. 31). Carries no comment and nothing about the applicant: reports
 * count satisfaction, they do not need to know who said what.
 *
 * @param channel  how it came: {@code PUBLIC_PAGE} (the console's status lookup) or {@code PORTAL} (a provincial
 *                 portal on the applicant's behalf); text, so a channel added later does not break a consumer
 * @param contents each rated content with its score: 2 rất hài lòng, 1 hài lòng, 0 không hài lòng
 * @param hasComment whether the applicant wrote a comment (kept by evaluation-service only)
 */
public record RatingSubmitted(
        UUID dossierId,
        String dossierCode,
        String agency,
        String channel,
        List<RatedContent> contents,
        boolean hasComment,
        Instant ratedAt) implements DomainEvent {

    public RatingSubmitted {
        contents = List.copyOf(contents);
    }

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }

    /**
     * One content of Decree 118/2025 Art. 33 cl. 1 and its score.
     *
     * @param content e.g. {@code THOI_GIAN}, {@code THAI_DO} (the names evaluation-service's RatingContent lists)
     * @param score   0, 1 or 2
     */
    public record RatedContent(String content, int score) {
    }
}
