package vn.motcua.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.catalog.service.CalendarService;
import vn.motcua.events.CalendarChanged;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;

@Path("/api/catalog/calendars")
@Tag(name = "Lịch làm việc (working calendars)")
public class CalendarResource {
    @Inject
    CalendarService calendars;

    @GET
    @Path("/{province}")
    @PermitAll
    @Operation(summary = "Lịch làm việc của tỉnh (a province's working calendar): days off, swapped working days "
            + "and office hours; public, no login")
    public CalendarResponse read(
            @Parameter(description = "Mã tỉnh (province code, Decision 19/2025/QĐ-TTg)", example = "20")
            @PathParam("province") String province,
            @Parameter(description = "Only the days of this year", example = "2026") @QueryParam("year") Integer year) {
        if (!ProvinceCode.isValid(province)) {
            throw ProblemException.invalidField("province", "must be a two-digit province code, e.g. 20");
        }
        if (year != null && (year < 2000 || year > 2099)) {
            throw ProblemException.invalidField("year", "must be from 2000 to 2099");
        }
        return CalendarResponse.of(calendars.read(new ProvinceCode(province), year));
    }

    @POST
    @Path("/days")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Thêm ngày nghỉ của địa phương (add a local day off) to the caller's province, after today")
    public Response addLocalDay(@Valid @NotNull LocalDayRequest request) {
        CalendarChanged.Day day = calendars.addLocalDay(request.toCommand());
        return Response.status(Response.Status.CREATED).entity(day).build();
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Bỏ ngày nghỉ của địa phương (remove a local day off) of the caller's province, after today")
    public Response removeLocalDay(@PathParam("date") LocalDate date) {
        calendars.removeLocalDay(date);
        return Response.noContent().build();
    }

    @PUT
    @Path("/office-hours")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Đổi giờ làm việc (change office hours) of the caller's province from a future date; "
            + "earlier hours stay as history")
    public List<CalendarChanged.OfficeHours> changeOfficeHours(@Valid @NotNull OfficeHoursRequest request) {
        return calendars.changeOfficeHours(request.toCommand());
    }

    @PUT
    @Path("/reporting-cutoffs")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Đổi ngày chốt số liệu báo cáo (change the reporting cut-off day) of the caller's province "
            + "from a future date; earlier days stay as history. Answers the whole history, oldest first")
    public List<CalendarChanged.ReportingCutoff> changeReportingCutoff(
            @Valid @NotNull ReportingCutoffRequest request) {
        return calendars.changeReportingCutoff(request.toCommand());
    }
}
