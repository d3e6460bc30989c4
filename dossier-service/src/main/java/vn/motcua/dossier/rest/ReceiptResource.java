package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.LookupSecret;
import vn.motcua.dossier.service.PrintReceipt;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

@Path("/api/dossiers/{id}/receipt")
@Tag(name = "Hồ sơ (dossiers)")
public class ReceiptResource {
    public static final String PDF = "application/pdf";

    @Inject
    PrintReceipt receipts;

    @Inject
    CurrentCaller caller;

    /** The secret of the acceptance's answer, to print on the receipt; none for a reprint. */
    public record ReceiptRequest(
            @Schema(description = "Mã tra cứu of the acceptance's answer (receipt.lookupSecret), upper or lower"
                    + " case; it must match the hash the dossier keeps (422 naming lookupSecret otherwise)",
                    examples = "K7MP3QRS9T")
            @Pattern(regexp = LookupSecret.SHAPE, message = "must be the 10 characters printed on the receipt")
            String lookupSecret) {
    }

    @POST
    @Produces(PDF)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL, Roles.CITIZEN})
    @Operation(summary = "In giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt PDF) in the form of the dossier's rule"
            + " set: Mẫu 01 Thông tư 01/2018/TT-VPCP before 1/7/2025, Mẫu 01 Phụ lục I Thông tư 03/2025/TT-VPCP from then",
            description = "Only the lookup secret's hash is stored, so the secret is printed only when the body gives"
                    + " it (the acceptance's answer holds it) and it matches; a wrong one is 422 naming lookupSecret."
                    + " Without a body (a reprint) the receipt says the secret was given at reception. Whoever may"
                    + " read the dossier may print it; before acceptance there is no receipt (409 not-received).")
    @RequestBody(required = false, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReceiptRequest.class)))
    @APIResponse(responseCode = "200", description = "The receipt, A4, with an embedded Unicode font; the file is"
            + " named giay-tiep-nhan-<code>.pdf",
            content = @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING, format = "binary")))
    public Response print(@PathParam("id") UUID id, @Valid ReceiptRequest body) {
        PrintReceipt.PrintedReceipt receipt = receipts.print(caller.get(), id,
                Optional.ofNullable(body).map(ReceiptRequest::lookupSecret));
        return Response.ok(receipt.pdf(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + receipt.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
