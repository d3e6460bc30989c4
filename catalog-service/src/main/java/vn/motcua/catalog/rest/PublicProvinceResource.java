package vn.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.PublicProvinces;

/** The public catalogue's provinces (no login; the gateway rate-limits it): whose catalogue a citizen may open. */
@Path("/api/catalog/public/provinces")
@Tag(name = "Danh mục công khai (public catalogue)")
public class PublicProvinceResource {
    @Inject
    PublicProvinces provinces;

    @GET
    @PermitAll
    @Operation(summary = "Tỉnh, thành phố (the provinces in force today, by code), as the province register holds them;"
            + " no login")
    public List<PublicProvinces.Province> provinces() {
        return provinces.current();
    }
}
