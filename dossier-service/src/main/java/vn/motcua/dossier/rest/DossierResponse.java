package vn.motcua.dossier.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.domain.OfferedAction;
import vn.motcua.dossier.domain.DossierState;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.DossierView;
import vn.motcua.dossier.service.ReceiptSlip;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.ReturnMethod;
import vn.motcua.events.RuleSet;
import vn.motcua.events.Timeliness;

public record DossierResponse(
        UUID id,
        @Schema(description = "Mã hồ sơ, given at acceptance; null before") String code,
        String province,
        String procedureCode,
        @Schema(description = "Phiên bản thủ tục in force on the acceptance day; the dossier keeps it")
        Integer procedureVersion,
        @Schema(description = "Mã trường hợp that gave the time limit") String caseVariant,
        @Schema(description = "Quy định áp dụng (rule set) of the reception day: Decree 61/2018 until 30/6/2025,"
                + " Decree 118/2025 from 1/7/2025; the dossier is never re-judged under later rules")
        RuleSet ruleSet,
        String agency,
        Channel channel,
        DossierRequest.Applicant applicant,
        @Schema(description = "Trạng thái") DossierStatus status,
        @Schema(description = "Thời điểm nộp: when the system or the desk first had it") Instant submittedAt,
        @Schema(description = "Thời điểm tiếp nhận: the time limit runs from here; null before") Instant receivedAt,
        @Schema(description = "Ngày hẹn trả of the receipt, before any restart or apology") Instant originalDueAt,
        @Schema(description = "Ngày hẹn trả now") Instant dueAt,
        @Schema(description = "Yêu cầu bổ sung during appraisal: how many, the open one, time taken in total")
        Supplement supplement,
        @Schema(description = "Xin lỗi, hẹn lại ngày trả: the apology, if one moved the date") Extension extension,
        @Schema(description = "Bước xử lý: where the dossier is in its internal process") DossierView.Step step,
        Instant resolvedAt,
        @Schema(description = "Kết quả: approved or refused") Outcome outcome,
        @Schema(description = "Lý do từ chối giải quyết") String outcomeReason,
        @Schema(description = "Số, ký hiệu of the result") String resultReference,
        Timeliness timeliness,
        @Schema(description = "Trả kết quả: when and how") Instant returnedAt,
        ReturnMethod returnMethod,
        @Schema(description = "Refused at reception, withdrawn or closed") Instant endedAt,
        @Schema(description = "What the dossier's state allows, this caller may do and no rule withholds now (the"
                + " same checks the actions make; why others are withheld: GET /{id}/actions/allowed)")
        Set<OfferedAction> allowedActions,
        @Schema(description = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả: only in the answer of the acceptance (the"
                + " desk's intake or /accept). Its lookupSecret is shown once: only its hash is stored, so a replay"
                + " under the same Idempotency-Key does not show it again")
        @JsonInclude(JsonInclude.Include.NON_NULL) ReceiptSlip receipt) {

    public record Supplement(int requests, Instant requestedAt, Instant completedAt, long seconds, String reason) {
    }

    public record Extension(Instant at, String by, String reason, String signedBy, Instant dueBefore,
            Instant dueAfter) {
    }

    static DossierResponse of(DossierView d) {
        return of(d, null);
    }

    static DossierResponse of(DossierView d, ReceiptSlip receipt) {
        DossierState.SupplementRound last = d.supplements().isEmpty() ? null : d.supplements().getLast();
        Supplement supplement = d.supplementRequests() == 0 ? null : new Supplement(d.supplementRequests(),
                last != null ? last.requestedAt() : d.supplementRequestedAt(), last == null ? null : last.completedAt(),
                d.supplementSeconds(), last == null ? null : last.reason());
        DossierState.Extension x = d.extension();
        var applicant = d.applicant();
        return new DossierResponse(d.id(), d.code(), d.province(), d.procedureCode(), d.procedureVersion(),
                d.caseVariant(), d.ruleSet(), d.agency(), d.channel(),
                new DossierRequest.Applicant(applicant.kind(), applicant.name(), applicant.idNumber(),
                        applicant.phone(), applicant.email(), applicant.address()),
                d.status(), d.submittedAt(), d.receivedAt(), d.originalDueAt(), d.dueAt(), supplement,
                x == null ? null : new Extension(x.at(), x.actor(), x.reason(), x.signedBy(), x.dueBefore(),
                        x.dueAfter()),
                d.step(), d.resolvedAt(), d.outcome(), d.resolution() == null ? null : d.resolution().reason(),
                d.resolution() == null ? null : d.resolution().resultReference(), d.timeliness(), d.returnedAt(),
                d.returnMethod(), d.endedAt(), d.allowedActions(), receipt);
    }

    /** The list shows the same dossier without what only its log knows. */
    static List<DossierResponse> of(List<DossierView> views) {
        return views.stream().map(DossierResponse::of).toList();
    }
}
