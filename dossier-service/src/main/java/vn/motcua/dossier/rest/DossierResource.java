package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.AcceptDossier;
import vn.motcua.dossier.service.ActionOffers;
import vn.motcua.dossier.service.AddPapers;
import vn.motcua.dossier.service.DeadlineQueries;
import vn.motcua.dossier.service.DossierQueries;
import vn.motcua.dossier.service.ExtendDossier;
import vn.motcua.dossier.service.Receipt;
import vn.motcua.dossier.service.ReceiveDossier;
import vn.motcua.dossier.service.ReceiveSupplement;
import vn.motcua.dossier.service.ReceptionReplies;
import vn.motcua.dossier.service.RequestSupplement;
import vn.motcua.dossier.service.ResolveDossier;
import vn.motcua.dossier.service.ReturnResult;
import vn.motcua.dossier.service.WithdrawDossier;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers")
@Tag(name = "Hồ sơ (dossiers)")
public class DossierResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String DESK = Roles.RECEPTION_OFFICER;
    private static final String RETRY_KEY = "A portal that may retry sends a key, 1-100 of A-Z a-z 0-9 . _ : -: the"
            + " same key again for the same action answers 200 with the dossier as it stands and changes nothing";

    @Inject
    ReceiveDossier reception;

    @Inject
    AcceptDossier acceptance;

    @Inject
    ReceptionReplies replies;

    @Inject
    AddPapers papers;

    @Inject
    RequestSupplement supplementRequests;

    @Inject
    ReceiveSupplement supplements;

    @Inject
    ExtendDossier extensions;

    @Inject
    ResolveDossier resolution;

    @Inject
    ReturnResult returns;

    @Inject
    WithdrawDossier withdrawals;

    @Inject
    DossierQueries queries;

    @Inject
    ActionOffers offers;

    @Inject
    DeadlineQueries deadlines;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Tiếp nhận / nộp hồ sơ (intake): at the desk accepted at once with its code and ngày hẹn"
            + " trả; by post or online submitted, to be accepted by an officer",
            description = "A reception officer files DIRECT_CENTRE or DIRECT_AGENCY dossiers, accepted at once"
                    + " (RECEIVED, with the receipt) unless accept is false (SUBMITTED), and POSTAL ones (SUBMITTED)."
                    + " A portal or a citizen submits online (SUBMITTED: no code, no appointed date until"
                    + " /accept; Decree 118/2025 Art. 17 cl. 2-3). A channel the caller may not use is 422 naming"
                    + " channel; a wrong id number 422 naming applicant.idNumber. A caller that may retry sends an"
                    + " Idempotency-Key: the same key and body return the same dossier (200, Idempotent-Replayed:"
                    + " true, without the receipt's lookup secret, which is shown once); the same key with another"
                    + " body is 409.")
    @APIResponse(responseCode = "201", description = "Đã tiếp nhận (RECEIVED, with its receipt) or đã nộp"
            + " (SUBMITTED)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry under the same Idempotency-Key: the dossier it made",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierResponse.class)))
    public Response submit(
            @Parameter(description = "Unique per dossier and per caller, 1-100 of A-Z a-z 0-9 . _ : -")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull DossierRequest request) {
        Receipt receipt = reception.receive(caller.get(), request.toCommand(), key(idempotencyKey));
        DossierResponse body = DossierResponse.of(receipt.dossier(), receipt.slip());
        return Response.status(receipt.replay() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/dossiers/" + body.id()))
                .header("Idempotent-Replayed", receipt.replay())
                .entity(body).build();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(DESK)
    @Operation(summary = "Tiếp nhận hồ sơ đã nộp (accept): gives the code, pins the procedure's version and case of"
            + " today, and the ngày hẹn trả counted from now (Decree 118/2025 Art. 17 cl. 2-3)",
            description = "The answer carries the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) with its lookup"
                    + " secret, shown once.")
    public DossierResponse accept(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid ActionRequests.Accept body) {
        Receipt receipt = acceptance.accept(caller.get(), id,
                Optional.ofNullable(body).map(ActionRequests.Accept::caseVariant));
        return DossierResponse.of(receipt.dossier(), receipt.slip());
    }

    @POST
    @Path("/{id}/request-papers")
    @RolesAllowed(DESK)
    @Operation(summary = "Yêu cầu bổ sung khi tiếp nhận (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): papers missing"
            + " before acceptance; no clock runs (Decree 118/2025 Art. 17 cl. 1a)")
    public DossierResponse requestPapers(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Reason body) {
        return DossierResponse.of(replies.requestPapers(caller.get(), id, body.reason()));
    }

    @POST
    @Path("/{id}/add-papers")
    @RolesAllowed({DESK, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Bổ sung giấy tờ khi tiếp nhận (add papers): the papers asked arrived; the dossier waits"
            + " for acceptance again. By the portal or citizen that submitted it, or at the desk")
    public DossierResponse addPapers(@PathParam("id") UUID id, @Parameter(description = RETRY_KEY)
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        return DossierResponse.of(papers.add(caller.get(), id, key(idempotencyKey)));
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(DESK)
    @Operation(summary = "Từ chối tiếp nhận (Phiếu từ chối tiếp nhận hồ sơ), with the reason (Decree 118/2025 Art. 17"
            + " cl. 1b)")
    public DossierResponse refuse(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Reason body) {
        return DossierResponse.of(replies.refuse(caller.get(), id, body.reason()));
    }

    @POST
    @Path("/{id}/request-supplement")
    @RolesAllowed({Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD})
    @Operation(summary = "Yêu cầu bổ sung trong quá trình thẩm định: once, within 3 working days of acceptance"
            + " (Decree 118/2025 Art. 19 cl. 5); a second request is 409 supplement-already-requested, a late one"
            + " 409 supplement-window-passed")
    public DossierResponse requestSupplement(@PathParam("id") UUID id,
            @Valid @NotNull ActionRequests.Supplement body) {
        return DossierResponse.of(supplementRequests.request(caller.get(), id, body.reason(), body.papers()));
    }

    @POST
    @Path("/{id}/supplement")
    @RolesAllowed({DESK, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Nhận đủ hồ sơ bổ sung (supplement received): the time limit restarts from now"
            + " (\"tính lại từ đầu\", Decree 118/2025 Art. 19 cl. 5)")
    public DossierResponse supplement(@PathParam("id") UUID id, @Parameter(description = RETRY_KEY)
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        return DossierResponse.of(supplements.receive(caller.get(), id, key(idempotencyKey)));
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AGENCY_HEAD})
    @Operation(summary = "Xin lỗi và hẹn lại ngày trả kết quả (apology, new date): once, at least a day before the"
            + " due date, on a working day (Decree 118/2025 Art. 19 cl. 6): a second one is 409 already-extended, one"
            + " too late 409 apology-too-late, a wrong date 422 naming newDueDate")
    public DossierResponse extend(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Extension body) {
        return DossierResponse.of(extensions.extend(caller.get(), id, body.reason(), body.newDueDate(),
                body.signedBy()));
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.PROCESSING_OFFICER)
    @Operation(summary = "Giải quyết: record the result (approved, or refused with its reasons) and classify it"
            + " trước hạn / đúng hạn / quá hạn",
            description = "Without a body: approved, without a result reference.")
    public DossierResponse resolve(@PathParam("id") UUID id,
            @RequestBody(required = false) @Valid ActionRequests.Resolution body) {
        return DossierResponse.of(resolution.resolve(caller.get(), id,
                body == null ? ActionRequests.Resolution.approvedWithoutBody() : body.toFacts()));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(DESK)
    @Operation(summary = "Trả kết quả (return the result): at the desk, by post, or online when the result is"
            + " electronic (Decree 118/2025 Art. 22)")
    public DossierResponse returnResult(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Return body) {
        return DossierResponse.of(returns.returnResult(caller.get(), id, body.method()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({DESK, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Dừng giải quyết (withdraw) at the applicant's request, until the decision (Decree 118/2025"
            + " Art. 21): by the portal or citizen that submitted it, or at the desk")
    public DossierResponse withdraw(@PathParam("id") UUID id, @Parameter(description = RETRY_KEY)
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Valid @NotNull ActionRequests.Reason body) {
        return DossierResponse.of(withdrawals.withdraw(caller.get(), id, body.reason(), key(idempotencyKey)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Một hồ sơ (one dossier): its state, dates, supplements, apology, step, result and the"
            + " actions this caller may take now. A portal or citizen sees what it submitted, an agency's officers"
            + " their agency's")
    public DossierResponse get(@PathParam("id") UUID id) {
        return DossierResponse.of(queries.get(caller.get(), id));
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Quá trình xử lý (timeline): the dossier's action log, oldest first (who, what, when, the"
            + " appointed date before and after, the facts of each action)")
    public List<ActionResponse> actions(@PathParam("id") UUID id) {
        return queries.history(caller.get(), id).stream().map(ActionResponse::of).toList();
    }

    @GET
    @Path("/{id}/actions/allowed")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Thao tác được phép (allowed actions): what this caller may do on the dossier now, what a"
            + " rule withholds and why, and where a hand-over goes",
            description = "The state machine × the caller's role and jurisdiction × the rules of the history and"
                    + " the hour (one supplement request within 3 working days of acceptance, one apology at least"
                    + " a day before the due date, an assignment after the hand-over, no hand-over after the last"
                    + " step): the same checks the actions make. `allowed` is the dossier's `allowedActions`.")
    public AllowedActionsResponse allowedActions(@PathParam("id") UUID id) {
        return AllowedActionsResponse.of(offers.of(caller.get(), id));
    }

    @GET
    @Path("/{id}/deadline")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Cách tính ngày hẹn trả (deadline explanation): acceptance, the time limit in working"
            + " days, the days not counted (weekends, holidays with their names, swapped working Saturdays), each"
            + " restart after a supplement, the apology's new date, and in time / nearing / overdue now",
            description = "Decree 118/2025 Art. 17 cl. 3 (from acceptance), Civil Code 2015 Art. 147-148 (the day of"
                    + " acceptance does not count; the limit ends when the office closes), Art. 19 cl. 5 (restart"
                    + " from zero after a complete supplement), Art. 19 cl. 6 (one apology, a new date). The dates"
                    + " are those stored when each action was taken; a period's recomputedDueAt says when today's"
                    + " calendar would give another.")
    public DeadlineResponse deadline(@PathParam("id") UUID id) {
        return DeadlineResponse.of(deadlines.explain(caller.get(), id));
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "Danh sách hồ sơ (list) the caller may see, newest first, by status")
    public List<DossierResponse> list(
            @Parameter(description = "Trạng thái: SUBMITTED, PAPERS_REQUESTED, REFUSED, RECEIVED, IN_APPRAISAL,"
                    + " SUPPLEMENT_REQUESTED, RESOLVED, RETURNED, WITHDRAWN or CLOSED") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return DossierResponse.of(queries.list(caller.get(), status(status), page, size));
    }

    private static Optional<String> key(String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1-100 of A-Z a-z 0-9 . _ : -");
        }
        return Optional.ofNullable(idempotencyKey);
    }

    private static Optional<DossierStatus> status(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return Arrays.stream(DossierStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .or(() -> {
                    throw ProblemException.invalidField("status", "must be one of " + List.of(DossierStatus.values()));
                });
    }
}
