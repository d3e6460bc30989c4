package vn.motcua.evaluation.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.AssessmentItem;
import vn.motcua.evaluation.service.ManualAssessments;

@Schema(description = "Nội dung nhập tay của cơ quan: the latest of each item and the history")
public record AssessmentResponse(String agency, String period, List<Item> items, List<Item> history) {

    public record Item(AssessmentItem item, @Schema(description = "in Vietnamese") String label, BigDecimal points,
            String note, String enteredBy, Instant enteredAt) {
    }

    static AssessmentResponse of(ManualAssessments.AgencyAssessment a) {
        return new AssessmentResponse(a.agency(), a.period(), a.items().stream().map(AssessmentResponse::item).toList(),
                a.history().stream().map(AssessmentResponse::item).toList());
    }

    private static Item item(ManualAssessments.ItemView v) {
        return new Item(v.item(), v.item().label(), v.points(), v.note(), v.enteredBy(), v.enteredAt());
    }
}
