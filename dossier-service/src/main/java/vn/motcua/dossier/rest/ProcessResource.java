package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.HandOverDossier;
import vn.motcua.dossier.service.ProcessQueries;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

/** The internal process of a dossier: hand-over between steps and agencies, assignment, and its record. */
@Path("/api/dossiers")
@Tag(name = "Hồ sơ (dossiers)")
public class ProcessResource {
    @Inject
    HandOverDossier handOvers;

    @Inject
    ProcessQueries queries;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/{id}/hand-over")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD})
    @Operation(summary = "Chuyển xử lý (hand over): to the next step's unit of the dossier's version, or to a "
            + "co-operating agency of a liên thông procedure",
            description = "The desk hands over to step 1 (the same working day, or the next morning after 15:00:"
                    + " Decree 118/2025 Art. 18 cl. 2); the unit holding the dossier hands it to the next step. The "
                    + "answer carries the step's due instant (its share of the time limit).")
    public ProcessResponse handOver(@PathParam("id") UUID id, @Valid @NotNull HandOverRequest request) {
        return ProcessResponse.of(handOvers.handOver(caller.get(), id, request.toCommand()));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed(Roles.UNIT_LEAD)
    @Operation(summary = "Phân công (assign): the unit lead names the officer of the unit's current step")
    public ProcessResponse assign(@PathParam("id") UUID id, @Valid @NotNull AssignRequest request) {
        return ProcessResponse.of(handOvers.assign(caller.get(), id, request.officer()));
    }

    @GET
    @Path("/{id}/process")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.PROCESSING_OFFICER, Roles.UNIT_LEAD, Roles.AGENCY_HEAD,
            Roles.PROVINCE_ADMIN})
    @Operation(summary = "Quá trình xử lý nội bộ (internal process): each step's unit, officer, since, due instant,"
            + " working time, and whether it kept within its share; each agency's time apart (liên thông)")
    public ProcessResponse process(@PathParam("id") UUID id) {
        return ProcessResponse.of(queries.process(caller.get(), id));
    }
}
