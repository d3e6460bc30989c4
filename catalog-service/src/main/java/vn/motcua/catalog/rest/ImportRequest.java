package vn.motcua.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A catalogue to import as JSON. The rows are read one by one ({@link JsonImportRows}), so that one bad row is
 * reported and left out instead of refusing the whole file.
 */
public record ImportRequest(
        @Schema(description = "Danh sách thủ tục: each element an ImportProcedureBody",
                implementation = ImportProcedureBody[].class)
        @NotNull @Size(min = 1, max = ImportRequest.MAX_ROWS) List<JsonNode> procedures) {
    static final int MAX_ROWS = 20_000;
}
