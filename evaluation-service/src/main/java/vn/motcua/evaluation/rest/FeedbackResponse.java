package vn.motcua.evaluation.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.domain.DossierFacts;
import vn.motcua.evaluation.service.FeedbackRegister;

@Schema(description = "Một phản ánh, kiến nghị trong sổ theo dõi")
public record FeedbackResponse(
        UUID id,
        String agency,
        String unit,
        UUID dossierId,
        String dossierCode,
        String officer,
        FeedbackRegister.Kind kind,
        @Schema(description = "Phản ánh / Kiến nghị") String kindLabel,
        boolean conduct,
        String summary,
        Instant receivedAt,
        @Schema(description = "Hạn xử lý: end of the 15th working day after reception") Instant dueAt,
        Instant handledAt,
        DossierFacts.Finding finding,
        @Schema(description = "Đang xử lý / Đúng / Không đúng") String findingLabel,
        String note,
        String recordedBy,
        Instant recordedAt,
        String handledBy) {

    static FeedbackResponse of(FeedbackRegister.FeedbackView v) {
        return new FeedbackResponse(v.id(), v.agency(), v.unit(), v.dossierId(), v.dossierCode(), v.officer(),
                v.kind(), v.kind() == FeedbackRegister.Kind.COMPLAINT ? "Phản ánh" : "Kiến nghị", v.conduct(),
                v.summary(), v.receivedAt(), v.dueAt(), v.handledAt(), v.finding(), switch (v.finding()) {
                    case PENDING -> "Đang xử lý";
                    case FOUNDED -> "Đúng (có cơ sở)";
                    case UNFOUNDED -> "Không đúng (không có cơ sở)";
                }, v.note(), v.recordedBy(), v.recordedAt(), v.handledBy());
    }
}
