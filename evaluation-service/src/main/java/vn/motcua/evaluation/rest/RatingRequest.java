package vn.motcua.evaluation.rest;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.RateDossier;

@Schema(description = "Đánh giá việc giải quyết hồ sơ (the applicant's rating, Decree 118/2025 Art. 33 cl. 1)")
public record RatingRequest(
        @Schema(description = "The rating ticket (ratingTicket) of the public lookup's answer", required = true)
        String ticket,
        @Schema(description = "Nội dung đánh giá: at least one of THOI_GIAN, SO_CO_QUAN, SO_LAN_LIEN_HE, CONG_KHAI,"
                + " THAI_DO, DUNG_QUY_DINH, PHAN_ANH, TRUC_TUYEN, KHAC, each 0 (không hài lòng), 1 (hài lòng) or"
                + " 2 (rất hài lòng)", required = true, examples = "{\"THOI_GIAN\": 2, \"THAI_DO\": 1}")
        Map<String, Integer> contents,
        @Schema(description = "Ý kiến khác (optional), at most 1000 characters; kept by evaluation-service only",
                maxLength = 1000)
        @Size(max = 1000) String comment) {

    RateDossier.RateCommand toCommand() {
        return new RateDossier.RateCommand(ticket, contents, comment);
    }
}
