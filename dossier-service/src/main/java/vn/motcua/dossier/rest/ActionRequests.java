package vn.motcua.dossier.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.ActionFacts;
import vn.motcua.events.Outcome;
import vn.motcua.events.ReturnMethod;
import vn.motcua.platform.problem.ProblemException;

/** The bodies of a dossier's actions. Text is NFC without control characters (the shared web rules). */
public final class ActionRequests {
    private ActionRequests() {
    }

    /** Tiếp nhận of a submitted dossier; the body is optional. */
    public record Accept(
            @Schema(description = "Mã trường hợp, when the submission named none or named the wrong one",
                    examples = "MOI")
            @Size(max = 30) @Pattern(regexp = "[A-Z0-9_]+", message = "must be capitals, digits or _") String caseVariant) {
    }

    /** A reason written on the form: Phiếu yêu cầu bổ sung, Phiếu từ chối, or the applicant's withdrawal. */
    public record Reason(
            @Schema(description = "Lý do, as written on the form") @NotBlank @Size(max = 2000) String reason) {
    }

    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ during appraisal. */
    public record Supplement(
            @Schema(description = "Lý do") @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "Giấy tờ cần bổ sung") @Size(max = 2000) String papers) {
    }

    /** Văn bản xin lỗi và hẹn lại ngày trả kết quả. */
    public record Extension(
            @Schema(description = "Lý do chậm") @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "Ngày hẹn trả mới: a working day after the current one", examples = "2026-03-10")
            @NotNull LocalDate newDueDate,
            @Schema(description = "Người ký văn bản xin lỗi") @NotBlank @Size(max = 200) String signedBy) {
    }

    /** Kết quả giải quyết; the body is optional: none is an approval without a result reference. */
    public record Resolution(
            @Schema(description = "APPROVED (default) or REFUSED (Phiếu từ chối giải quyết, with its reason)")
            Outcome outcome,
            @Schema(description = "Lý do từ chối; required when REFUSED") @Size(max = 2000) String reason,
            @Schema(description = "Số, ký hiệu of the decision or paper issued") @Size(max = 100) String resultReference,
            @Schema(description = "Kết quả điện tử: issued as an electronic document") Boolean electronicResult,
            @Schema(description = "Kết quả đã số hóa") Boolean resultDigitised) {

        public ActionFacts.Resolution toFacts() {
            Outcome given = outcome == null ? Outcome.APPROVED : outcome;
            if (given == Outcome.REFUSED && (reason == null || reason.isBlank())) {
                throw ProblemException.invalidField("reason", "is required when the outcome is REFUSED");
            }
            return new ActionFacts.Resolution(given, reason, resultReference, Boolean.TRUE.equals(electronicResult),
                    Boolean.TRUE.equals(resultDigitised));
        }

        static ActionFacts.Resolution approvedWithoutBody() {
            return new Resolution(null, null, null, null, null).toFacts();
        }
    }

    /** Trả kết quả. */
    public record Return(
            @Schema(description = "DESK (tại Bộ phận Một cửa), POST (bưu chính) or ONLINE (trực tuyến; only for an"
                    + " electronic result)") @NotNull ReturnMethod method) {
    }
}
