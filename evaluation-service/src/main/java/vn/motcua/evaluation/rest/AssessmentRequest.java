package vn.motcua.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.evaluation.service.ManualAssessments;

@Schema(description = "Nội dung nhập tay của cơ quan cho một quý")
public record AssessmentRequest(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull Item> items) {

    public record Item(
            @Schema(description = "HEAD_SELF_ASSESSMENT (tự đánh giá của người đứng đầu) or POSTED_AT_ONE_STOP (niêm"
                    + " yết công khai tại Bộ phận Một cửa)") @NotNull @Size(max = 30) String item,
            @Schema(description = "HEAD_SELF_ASSESSMENT only: 0 to 18, at most one decimal") BigDecimal points,
            @Schema(description = "Ghi chú (required)") @NotNull @Size(max = 2000) String note) {
    }

    List<ManualAssessments.Entry> toEntries() {
        return items.stream().map(i -> new ManualAssessments.Entry(i.item(), i.points(), i.note().strip())).toList();
    }
}
