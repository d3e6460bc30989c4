package vn.motcua.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.domain.FieldCode;
import vn.motcua.catalog.service.ProcedureContent;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.IssuingLevel;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;
import vn.motcua.events.ProcedureTerms.TimeUnit;

/** What a version of a procedure says (a draft, an amendment), without its decision and dates. */
public record TermsBody(
        @Schema(description = "Mã thủ tục của địa phương (local variant of the national code), if any",
                examples = "1.004227.000.00.00.H38")
        @Size(max = 60) @Pattern(regexp = "[0-9]\\.[0-9]{6}(\\.[0-9A-Z]+)+",
                message = "must look like 1.004227.000.00.00.H38") String localCode,
        @Schema(description = "Tên thủ tục hành chính") @NotBlank @Size(max = 500) String name,
        @Schema(description = "Mã lĩnh vực (field code, MX1X2-LV) of a field the agency handles in the caller's"
                + " province register", examples = "G19-ATBX")
        @NotBlank @Pattern(regexp = FieldCode.PATTERN, message = FieldCode.MESSAGE) String fieldCode,
        @Schema(description = "Cơ quan giải quyết (competent agency) of the caller's province", examples = "SKHCN-20")
        @NotBlank @Size(max = 50) String agencyCode,
        @Schema(description = "Cấp ban hành: CENTRAL (trung ương) or LOCAL (địa phương)") @NotNull
        IssuingLevel issuingLevel,
        @Schema(description = "Cơ chế: ONE_STOP (một cửa) or INTER_CONNECTED (một cửa liên thông)") @NotNull
        Mechanism mechanism,
        @Schema(description = "Cơ quan phối hợp (co-operating agencies) of an inter-connected procedure; default none")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> cooperatingAgencies,
        @Schema(description = "Dịch vụ công trực tuyến: NONE; LEVEL_2..LEVEL_4 (mức độ, before Decree 42/2022 took"
                + " effect, 2022-08-01); PARTIAL (một phần) or FULL (toàn trình) from then on") @NotNull
        OnlineMode onlineMode,
        @Schema(description = "Tiếp nhận hồ sơ qua bưu chính công ích (postal receipt)") @NotNull Boolean postalReceipt,
        @Schema(description = "Trả kết quả qua bưu chính công ích (postal return)") @NotNull Boolean postalReturn,
        @Schema(description = "4 tại chỗ: received, appraised, approved and returned at the desk") @NotNull
        Boolean fourOnTheSpot,
        @Schema(description = "Phí, lệ phí; default none") @Size(max = 50) List<@NotNull @Valid FeeBody> fees,
        @Schema(description = "Thành phần hồ sơ (required papers); default none")
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> requiredPapers,
        @Schema(description = "Trường hợp (case variants), each with its time limit; at least one")
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid CaseVariantBody> caseVariants,
        @Schema(description = "Quy trình nội bộ (internal process steps); shares add up to 100 when given")
        @Size(max = 50) List<@NotNull @Valid StepBody> steps) {

    public record FeeBody(
            @Schema(description = "Nội dung phí, lệ phí") @NotBlank @Size(max = 300) String description,
            @Schema(description = "Mức thu, đồng") @NotNull @Min(0) @Max(1_000_000_000_000L) Long amountVnd) {
    }

    public record CaseVariantBody(
            @Schema(description = "Mã trường hợp, unique within the version", examples = "MOI")
            @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Z0-9_]+", message = "must be capitals, digits or _")
            String code,
            @Schema(description = "Tên trường hợp") @NotBlank @Size(max = 300) String name,
            @Schema(description = "Thời hạn giải quyết") @NotNull @Valid TimeLimitBody timeLimit) {
    }

    public record TimeLimitBody(
            @Schema(description = "Number of working days or hours; 0 only for 4-tại-chỗ procedures")
            @NotNull @Min(0) @Max(3650) Integer value,
            @Schema(description = "WORKING_DAYS (ngày làm việc) or WORKING_HOURS (giờ làm việc)") @NotNull TimeUnit unit) {
    }

    public record StepBody(
            @Schema(description = "Đơn vị thực hiện (unit code)") @NotBlank @Size(max = 50) String unitCode,
            @Schema(description = "Vai trò (role acting in the step)") @NotBlank @Size(max = 50) String role,
            @Schema(description = "Share of the time limit, in %") @NotNull @Min(1) @Max(100) Integer sharePercent) {
    }

    ProcedureContent toContent() {
        return new ProcedureContent(localCode, name, fieldCode, agencyCode, issuingLevel, mechanism,
                orEmpty(cooperatingAgencies), onlineMode, postalReceipt, postalReturn, fourOnTheSpot,
                orEmpty(fees).stream().map(f -> new ProcedureTerms.Fee(f.description(), f.amountVnd())).toList(),
                orEmpty(requiredPapers),
                caseVariants.stream().map(v -> new ProcedureTerms.CaseVariant(v.code(), v.name(),
                        new ProcedureTerms.TimeLimit(v.timeLimit().value(), v.timeLimit().unit()))).toList(),
                orEmpty(steps).stream().map(s -> new ProcedureTerms.ProcessStep(s.unitCode(), s.role(),
                        s.sharePercent())).toList());
    }

    static TermsBody of(ProcedureContent c) {
        return new TermsBody(c.localCode(), c.name(), c.fieldCode(), c.agencyCode(), c.issuingLevel(), c.mechanism(),
                c.cooperatingAgencies(), c.onlineMode(), c.postalReceipt(), c.postalReturn(), c.fourOnTheSpot(),
                c.fees().stream().map(f -> new FeeBody(f.description(), f.amountVnd())).toList(),
                c.requiredPapers(),
                c.caseVariants().stream().map(v -> new CaseVariantBody(v.code(), v.name(),
                        new TimeLimitBody(v.timeLimit().value(), v.timeLimit().unit()))).toList(),
                c.steps().stream().map(s -> new StepBody(s.unitCode(), s.role(), s.sharePercent())).toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
