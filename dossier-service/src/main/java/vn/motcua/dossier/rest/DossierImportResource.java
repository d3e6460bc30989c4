package vn.motcua.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.service.DossierImport;
import vn.motcua.dossier.service.ImportReport;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;

/**
 * Nhập hồ sơ từ hệ thống cũ: a province's historical dossiers from a file, row by row. The answer is the report
 * (200 even when some rows were refused: the report says which and why); a file that cannot be read at all is a
 * 400 problem, one of more than {@value DossierImportRows#MAX_ROWS} rows a 413, another media type a 415.
 */
@Path("/api/dossiers/imports")
@Tag(name = "Nhập hồ sơ (dossier import)")
public class DossierImportResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    DossierImportRows rows;

    @Inject
    DossierImport dossierImport;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(NDJSON)
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập hồ sơ từ JSON lines (import historical dossiers, one JSON object per line): their "
            + "original timestamps, supplements, apology, result and return; created, unchanged or rejected row by row")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportDossierBody.class)))
    public ImportReport importJsonLines(@NotNull String body) {
        return dossierImport.run(caller.get(), rows.fromJsonLines(body));
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Nhập hồ sơ từ CSV (import historical dossiers as CSV, UTF-8): a header of the JSON paths "
            + "(sourceId, channel, procedureCode, applicant.kind, ..., supplements as requestedAt;completedAt;dueAfter;"
            + "reason per line); created, unchanged or rejected row by row")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public ImportReport importCsv(@NotNull String csv) {
        return dossierImport.run(caller.get(), rows.fromCsv(csv));
    }
}
