package vn.motcua.reporting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.service.TargetService;

@Schema(description = "Chỉ tiêu kế hoạch của tỉnh trong năm (the province's plan targets of the year)")
public record TargetRequest(
        @Schema(description = "Percent (0..100, at most one decimal) per KPI code; a KPI left out keeps its target",
                examples = "{\"ONLINE_DOSSIERS\": 60, \"SATISFACTION\": 85}")
        @NotNull @NotEmpty @Size(max = 50) Map<String, BigDecimal> targets,
        @Schema(description = "Căn cứ: the plan's number and date", examples = "Kế hoạch số 15/KH-UBND ngày 20/01/2023")
        @NotBlank @Size(max = 500) String source) {

    TargetService.SetCommand toCommand() {
        return new TargetService.SetCommand(targets, source.strip());
    }
}
