package vn.motcua.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.domain.CatalogueCounts;
import vn.motcua.catalog.service.CatalogueCountService;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.tenant.CurrentCaller;
import vn.motcua.platform.web.PlausibleDates;

@Path("/api/catalog/counts")
@Tag(name = "Báo cáo danh mục thủ tục (catalogue counts)")
public class CountsResource {
    @Inject
    CatalogueCountService counts;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AGENCY_HEAD, Roles.RECEPTION_OFFICER, Roles.NATIONAL_AUDITOR})
    @Operation(summary = "Số liệu danh mục TTHC (catalogue counts, form II.03b) of a period, as of its last day",
            description = "Thủ tục đang có hiệu lực (in force on `to`) by cấp ban hành (issuing level), cơ chế"
                    + " (mechanism), mức độ trực tuyến (online mode), bưu chính công ích (postal receipt, return),"
                    + " 4 tại chỗ (count and share of the online ones); công bố mới, sửa đổi, bãi bỏ (published,"
                    + " amended, abolished) by decisions dated within [from, to], with the decisions.")
    public CatalogueCounts counts(
            @Parameter(description = "Từ ngày (first day of the period)", example = "2026-03-15")
            @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Đến ngày (last day; the catalogue is counted as of this day)",
                    example = "2026-06-14")
            @QueryParam("to") @NotNull LocalDate to,
            @Parameter(description = "Cơ quan (agency code); all of the province's when absent", example = "SKHCN-20")
            @QueryParam("agency") @Pattern(regexp = PublicParameters.CODE, message = PublicParameters.CODE_MESSAGE)
            String agency,
            @Parameter(description = "Mã tỉnh: national auditors (kiểm tra viên quốc gia) only; others may name only"
                    + " their own")
            @QueryParam("province") @Pattern(regexp = PublicParameters.PROVINCE,
                    message = PublicParameters.PROVINCE_MESSAGE) String province) {
        plausible("from", from);
        plausible("to", to);
        return counts.counts(caller.get(), from, to, agency, Optional.ofNullable(province).map(ProvinceCode::new));
    }

    private static void plausible(String parameter, LocalDate day) {
        if (day.getYear() < PlausibleDates.FIRST_YEAR || day.getYear() > PlausibleDates.LAST_YEAR) {
            throw ProblemException.invalidField(parameter, "must be in the years " + PlausibleDates.FIRST_YEAR
                    + " to " + PlausibleDates.LAST_YEAR);
        }
    }
}
