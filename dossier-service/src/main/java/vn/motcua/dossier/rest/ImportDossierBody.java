package vn.motcua.dossier.rest;

import vn.motcua.dossier.domain.ApplicantKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.ImportedHistory;
import vn.motcua.dossier.service.ImportedDossier;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ProcedureCodeShape;
import vn.motcua.events.ReturnMethod;

/**
 * One line of a dossier import (a JSON line, or a CSV line read into this shape): a dossier of the province's
 * previous system with its original timestamps (ISO-8601 instants with an offset, e.g. 2022-04-04T09:30:00+07:00).
 * The applicant's name and id number are checked by the intake's own rules ({@link DossierRequest.Applicant}).
 */
@Schema(description = "Một hồ sơ của hệ thống cũ (one dossier of the previous system)")
public record ImportDossierBody(
        @Schema(description = "Mã hồ sơ trong hệ thống cũ (the old system's id); the same id again is unchanged or a "
                + "conflict", examples = "LS-2022-000123")
        @NotBlank @Pattern(regexp = SOURCE_ID, message = "must be 1-100 of A-Z a-z 0-9 . _ : / -") String sourceId,
        @Schema(description = "Mã hồ sơ (old code), kept when no other dossier has it; else a new one is given")
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "must be letters, digits or . _ / -")
        String code,
        @Schema(description = "Kênh tiếp nhận") @NotNull Channel channel,
        @Schema(description = "Mã thủ tục", examples = "1.004227") @NotBlank
        @Pattern(regexp = ProcedureCodeShape.NATIONAL, message = ProcedureCodeShape.NATIONAL_MESSAGE) String procedureCode,
        @Schema(description = "Mã trường hợp; required when the procedure has more than one")
        @Size(max = 30) @Pattern(regexp = "[A-Z0-9_]+", message = "must be capitals, digits or _") String caseVariant,
        @Schema(description = "Người nộp hồ sơ") @NotNull @Valid Applicant applicant,
        @Schema(description = "Thời điểm nộp") @NotNull Instant submittedAt,
        @Schema(description = "Thời điểm tiếp nhận; absent when never accepted") Instant acceptedAt,
        @Schema(description = "Ngày hẹn trả as printed on the old receipt; required with acceptedAt") Instant dueAt,
        @Schema(description = "Yêu cầu bổ sung, oldest first (history may hold more than one)")
        @Size(max = 10) List<@NotNull @Valid Supplement> supplements,
        @Schema(description = "Phiếu xin lỗi và hẹn lại ngày trả") @Valid Extension extension,
        @Schema(description = "Thời điểm giải quyết") Instant resolvedAt,
        @Schema(description = "Kết quả; default APPROVED when resolvedAt is given") Outcome outcome,
        @Schema(description = "Lý do: of a refusal (required), a withdrawal or a closure") @Size(max = 2000) String reason,
        @Schema(description = "Thời điểm trả kết quả") Instant returnedAt,
        @Schema(description = "Hình thức trả kết quả; required with returnedAt") ReturnMethod returnMethod,
        @Schema(description = "Thời điểm dừng giải quyết (withdrawn by the applicant)") Instant withdrawnAt,
        @Schema(description = "Thời điểm kết thúc (the supplement never came)") Instant closedAt) {

    public static final String SOURCE_ID = "[A-Za-z0-9._:/-]{1,100}";

    public record Applicant(
            @Schema(description = "CITIZEN or ORGANISATION") @NotNull ApplicantKind kind,
            @Schema(description = "Họ và tên, or the organisation's name") String name,
            @Schema(description = "Số định danh cá nhân (12 digits) of a citizen, mã số thuế (10 or 10-3 digits) of an"
                    + " organisation: the intake's own rule (ApplicantIdRule)")
            String idNumber) {
    }

    public record Supplement(
            @NotNull Instant requestedAt,
            @Schema(description = "when the complete dossier came back; absent while it has not") Instant completedAt,
            @Schema(description = "the restarted appointed date the old system set; absent: computed from the "
                    + "case's time limit over the province's calendar") Instant dueAfter,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Extension(@NotNull Instant at, @NotNull Instant newDueAt, @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 200) String signedBy) {
    }

    /** The use case's input: the edge validated it. */
    public ImportedDossier toDossier() {
        List<ImportedHistory.SupplementPast> rounds = supplements == null ? List.of() : supplements.stream()
                .map(s -> new ImportedHistory.SupplementPast(s.requestedAt(), s.completedAt(), s.dueAfter(),
                        s.reason()))
                .toList();
        ImportedHistory.ExtensionPast apology = extension == null ? null : new ImportedHistory.ExtensionPast(
                extension.at(), extension.newDueAt(), extension.reason(), extension.signedBy());
        return new ImportedDossier(sourceId, code, channel, procedureCode, caseVariant, applicant.kind(),
                applicant.name(), applicant.idNumber(), new ImportedHistory.Past(submittedAt, acceptedAt, dueAt, rounds,
                        apology, resolvedAt, outcome, reason, returnedAt, returnMethod, withdrawnAt, closedAt));
    }
}
