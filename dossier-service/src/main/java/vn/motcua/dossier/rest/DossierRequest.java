package vn.motcua.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.service.ReceiveDossierCommand;
import vn.motcua.events.Channel;
import vn.motcua.events.ProcedureCodeShape;

/** Tiếp nhận / nộp hồ sơ: what the desk or a portal sends. The province is the caller's, never a field. */
public record DossierRequest(
        @Schema(description = "Mã thủ tục (national code) of a procedure published in the caller's province",
                examples = "1.004227")
        @NotBlank @Pattern(regexp = ProcedureCodeShape.NATIONAL, message = ProcedureCodeShape.NATIONAL_MESSAGE) String procedureCode,
        @Schema(description = "Kênh tiếp nhận. A reception officer: DIRECT_CENTRE, DIRECT_AGENCY (trực tiếp), POSTAL"
                + " (bưu chính); a portal or a citizen: ONLINE_NATIONAL_PORTAL, VNEID, NATIONAL_SINGLE_WINDOW (and"
                + " ONLINE_PROVINCIAL_PORTAL before Decree 118/2025). Another is 422 naming channel")
        @NotNull Channel channel,
        @Schema(description = "Người nộp hồ sơ") @NotNull @Valid Applicant applicant,
        @Schema(description = "Thời điểm tiếp nhận at the desk, or of arrival by post, if earlier than now (a paper"
                + " dossier recorded late); default now")
        @PastOrPresent Instant receivedAt,
        @Schema(description = "Mã trường hợp (case variant) of the procedure's version in force; required when it"
                + " has more than one (or named by the officer at acceptance)", examples = "MOI")
        @Size(max = 30) @Pattern(regexp = "[A-Z0-9_]+", message = "must be capitals, digits or _") String caseVariant,
        @Schema(description = "At the desk: false registers the dossier without accepting it (to ask for papers or"
                + " refuse it: status SUBMITTED); default true, accepted at once (RECEIVED). Ignored for the post and"
                + " online channels, which are always accepted later")
        Boolean accept) {

    public record Applicant(
            @Schema(description = "CITIZEN (công dân) or ORGANISATION (tổ chức); default CITIZEN")
            ApplicantKind kind,
            @Schema(description = "Họ và tên, or the organisation's name") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Số định danh cá nhân (12 digits, Circular 59/2021/TT-BCA) of a citizen, or mã số"
                    + " thuế (10 digits, or 10-3 for a dependent unit) of an organisation; required for an"
                    + " organisation. Personal data: never logged, never in events", examples = "020190000123")
            @Pattern(regexp = "[0-9]{12}|[0-9]{10}(-[0-9]{3})?",
                    message = "must be the 12 digits of a citizen id or a 10 (or 10-3) digit tax code") String idNumber,
            @Schema(description = "Số điện thoại") @Pattern(regexp = "0[0-9]{9}", message = "must be 10 digits starting with 0")
            String phone,
            @Schema(description = "Thư điện tử") @Email @Size(max = 200) String email,
            @Schema(description = "Địa chỉ, for a result returned by post") @Size(max = 500) String address) {
    }

    /** The use case's own input: the edge validated it, the service decides on it. */
    public ReceiveDossierCommand toCommand() {
        return new ReceiveDossierCommand(procedureCode, channel,
                new ReceiveDossierCommand.Applicant(applicant.kind(), applicant.name(), applicant.idNumber(),
                        applicant.phone(), applicant.email(), applicant.address()),
                receivedAt, caseVariant, accept == null || accept);
    }
}
