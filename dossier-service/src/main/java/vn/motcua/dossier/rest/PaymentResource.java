package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.PaymentAndPaperQueries;
import vn.motcua.dossier.service.PaymentReceipt;
import vn.motcua.dossier.service.RecordPayment;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers/{id}/payments")
@Tag(name = "Hồ sơ (dossiers)")
public class PaymentResource {
    @Inject
    RecordPayment payments;

    @Inject
    PaymentAndPaperQueries queries;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PORTAL})
    @Operation(summary = "Thu phí, lệ phí (record a payment): at the desk, or online by the portal that submitted"
            + " the dossier",
            description = "Logged as PAY in the dossier's timeline. The same receiptReference with the same body is "
                    + "a retry (200, Idempotent-Replayed: true); with another body 409. More than the pinned "
                    + "version's fees in total is 422 naming amount; a version that states no fee sets no ceiling.")
    @APIResponse(responseCode = "201", description = "Đã ghi nhận (recorded)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry of the same receipt: the payment it recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentResponse.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest request) {
        PaymentReceipt receipt = payments.record(caller.get(), id, request.toCommand());
        return Response.status(receipt.replay() ? Response.Status.OK : Response.Status.CREATED)
                .header("Idempotent-Replayed", receipt.replay())
                .entity(PaymentResponse.of(receipt.payment())).build();
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    @Operation(summary = "Các khoản đã nộp (payments) of a dossier the caller may see, in the order paid")
    public List<PaymentResponse> list(@PathParam("id") UUID id) {
        return queries.payments(caller.get(), id).stream().map(PaymentResponse::of).toList();
    }
}
