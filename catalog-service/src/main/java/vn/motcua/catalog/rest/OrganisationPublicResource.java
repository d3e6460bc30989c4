package vn.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.PublicOrganisation;
import vn.motcua.events.ProvinceCode;

/** The public catalogue (no login; the gateway rate-limits it): a named province's agencies as citizens see them. */
@Path("/api/catalog/public/{province}/agencies")
@Tag(name = "Danh mục công khai (public catalogue)")
public class OrganisationPublicResource {
    @Inject
    PublicOrganisation organisation;

    @GET
    @PermitAll
    @Operation(summary = "Cơ quan đang hoạt động (active agencies) of a province, with units and fields; no login")
    public List<AgencyResponse> activeAgencies(@PathParam("province") @Parameter(example = "20")
            @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code, e.g. 20") String province) {
        return organisation.activeAgencies(new ProvinceCode(province)).stream().map(AgencyResponse::of).toList();
    }
}
