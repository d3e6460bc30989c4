package vn.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.CatalogueSearch;
import vn.motcua.catalog.service.CatalogueSearchRows.Filters;
import vn.motcua.catalog.service.CatalogueSearchRows.History;
import vn.motcua.catalog.service.CatalogueSearchRows.ResultPage;
import vn.motcua.events.ProcedureTerms.Mechanism;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * The public catalogue (công khai thủ tục hành chính): anyone reads a province's published procedures, without a
 * token; the gateway limits the calls per client address. Only published versions are ever shown.
 */
@Path("/api/catalog/public/{province}/procedures")
@Tag(name = "Tra cứu thủ tục hành chính (public catalogue)")
@PermitAll
public class PublicCatalogueResource {
    @Inject
    CatalogueSearch search;

    @GET
    @Operation(summary = "Tra cứu thủ tục hành chính (search a province's public catalogue), no login",
            description = "Từ khóa không dấu (free text, accents and case ignored: \"cap giay phep x quang\" finds"
                    + " \"Cấp giấy phép ... X-quang\"), every word must occur in the name, best match first, ties by"
                    + " mã thủ tục (code). Filters: cơ quan (agency), lĩnh vực (field), cơ chế (mechanism), mức độ"
                    + " trực tuyến (online mode); the versions in force on the day `on` (default: today).")
    public ResultPage search(
            @Parameter(description = "Mã tỉnh (two-digit province code)", example = "20")
            @PathParam("province") @Pattern(regexp = PublicParameters.PROVINCE, message = PublicParameters.PROVINCE_MESSAGE)
            String province,
            @Parameter(description = "Từ khóa (search text), up to 200 characters", example = "cap giay phep x quang")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Cơ quan giải quyết (agency code)", example = "SKHCN-20")
            @QueryParam("agency") @Pattern(regexp = PublicParameters.CODE, message = PublicParameters.CODE_MESSAGE)
            String agency,
            @Parameter(description = "Mã lĩnh vực (field code)", example = "G14-KH01")
            @QueryParam("field") @Pattern(regexp = PublicParameters.CODE, message = PublicParameters.CODE_MESSAGE)
            String field,
            @Parameter(description = "Cơ chế: một cửa (ONE_STOP) or một cửa liên thông (INTER_CONNECTED)")
            @QueryParam("mechanism") Mechanism mechanism,
            @Parameter(description = "Mức độ dịch vụ công trực tuyến (online mode)")
            @QueryParam("onlineMode") OnlineMode onlineMode,
            @Parameter(description = "Ngày áp dụng: the day whose versions in force are listed; default today",
                    example = "2026-03-02")
            @QueryParam("on") LocalDate on,
            @Parameter(description = "Trang (page), from 0") @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(10_000) int page,
            @Parameter(description = "Số dòng mỗi trang (page size), 1 to 100") @QueryParam("size")
            @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.search(province, PublicParameters.day("on", on, province, search), PublicParameters.text("q", q),
                new Filters(agency, field, mechanism, onlineMode), page, size);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Chi tiết thủ tục hành chính (one public procedure): its version in force, past and"
            + " scheduled versions, no login")
    public History procedure(
            @Parameter(description = "Mã tỉnh (two-digit province code)", example = "20")
            @PathParam("province") @Pattern(regexp = PublicParameters.PROVINCE, message = PublicParameters.PROVINCE_MESSAGE)
            String province,
            @Parameter(description = "Mã thủ tục on the national TTHC database", example = "1.004227")
            @PathParam("code") @Pattern(regexp = PublicParameters.PROCEDURE_CODE,
                    message = PublicParameters.PROCEDURE_CODE_MESSAGE) String code,
            @Parameter(description = "Ngày áp dụng: the day that decides which version is current; default today",
                    example = "2026-03-02")
            @QueryParam("on") LocalDate on) {
        return search.procedure(province, code, PublicParameters.day("on", on, province, search));
    }
}
