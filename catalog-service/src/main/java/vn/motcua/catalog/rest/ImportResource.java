package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.CatalogueImport;
import vn.motcua.catalog.service.ImportReport;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

/**
 * Nhập danh mục thủ tục: a province's catalogue from a file, row by row. The answer is the report of what each
 * row did (200 even when some rows were rejected: the report says which and why); a file that cannot be read at
 * all (no header, bad quoting, too many rows) is a 400 problem.
 */
@Path("/api/catalog/imports")
@Tag(name = "Nhập danh mục (catalogue import)")
public class ImportResource {
    @Inject
    ImportRows rows;

    @Inject
    CatalogueImport catalogueImport;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập danh mục từ JSON (import a catalogue as JSON): each element as a draft, its terms, "
            + "decision and effective date; created, amended, unchanged or rejected row by row")
    public ImportReport importJson(@Valid @NotNull ImportRequest request) {
        return catalogueImport.run(caller.get(), rows.fromJson(request.procedures()));
    }

    @POST
    @Path("/csv")
    @Consumes("text/csv")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập danh mục từ CSV (import a catalogue as CSV, UTF-8): one line per trường hợp, the "
            + "national database's column names (MaTTHC, TenTTHC, MaLinhVuc, ...); created, amended, unchanged or "
            + "rejected row by row")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public ImportReport importCsv(@NotNull String csv) {
        return catalogueImport.run(caller.get(), rows.fromCsv(csv));
    }
}
