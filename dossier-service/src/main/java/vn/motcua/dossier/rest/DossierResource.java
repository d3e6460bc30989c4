package vn.motcua.dossier.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.exception.ConstraintViolationException;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.service.DossierService;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;

@Path("/api/dossiers")
@Tag(name = "Hồ sơ (dossiers)")
public class DossierResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    DossierService dossiers;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PORTAL})
    @Operation(summary = "Tiếp nhận hồ sơ: accept a dossier and give its appointed return date (ngày hẹn trả)",
            description = "A portal that may retry sends an Idempotency-Key: the same key and body return the "
                    + "same dossier (200, Idempotent-Replayed: true); the same key with another body is 409.")
    public Response submit(
            @Parameter(description = "Unique per dossier and per caller, 1-100 of A-Z a-z 0-9 . _ : -")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull DossierRequest request) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1-100 of A-Z a-z 0-9 . _ : -");
        }
        String submittedBy = identity.getPrincipal().getName();
        String hash = fingerprint(request);
        DossierService.Submitted result;
        try {
            result = dossiers.submit(submittedBy, idempotencyKey, request, hash);
        } catch (PersistenceException e) {
            // two retries of one submission raced; the loser answers with the winner's dossier
            if (idempotencyKey == null || !isIdempotencyRace(e)) {
                throw e;
            }
            result = dossiers.replay(submittedBy, idempotencyKey, hash).orElseThrow(() -> e);
        }
        DossierResponse body = DossierResponse.of(result.dossier());
        return Response.status(result.replay() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/dossiers/" + body.id()))
                .header("Idempotent-Replayed", result.replay())
                .entity(body).build();
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.PROCESSING_OFFICER)
    @Operation(summary = "Giải quyết: record the result and classify it trước hạn / đúng hạn / quá hạn")
    public DossierResponse resolve(@PathParam("id") UUID id) {
        return DossierResponse.of(dossiers.resolve(id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN, Roles.PORTAL})
    public DossierResponse get(@PathParam("id") UUID id) {
        return DossierResponse.of(dossiers.get(id));
    }

    @GET
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN})
    @Operation(summary = "Hồ sơ of the caller's province, newest first")
    public List<DossierResponse> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return dossiers.list(status(status), page, size).stream().map(DossierResponse::of).toList();
    }

    private static DossierStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return DossierStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + List.of(DossierStatus.values()));
        }
    }

    private String fingerprint(DossierRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isIdempotencyRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && "dossier_idempotency".equals(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
