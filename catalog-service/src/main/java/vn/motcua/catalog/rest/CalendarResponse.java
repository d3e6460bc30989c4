package vn.motcua.catalog.rest;

import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.service.CalendarView;
import vn.motcua.events.CalendarChanged;

/** A province's working calendar (lịch làm việc) as published. */
public record CalendarResponse(
        String province,
        @Schema(description = "Tên tỉnh, thành phố") String name,
        @Schema(description = "Múi giờ (IANA zone id)", examples = "Asia/Ho_Chi_Minh") String zone,
        @Schema(description = "Last revision published to the other services (0 before the first)") int revision,
        @Schema(description = "Ngày nghỉ hằng tuần") List<DayOfWeek> weeklyRest,
        @Schema(description = "Giờ làm việc, oldest first") List<CalendarChanged.OfficeHours> officeHours,
        @Schema(description = "Ngày nghỉ lễ, nghỉ bù, làm bù, nghỉ của địa phương") List<CalendarChanged.Day> days,
        @Schema(description = "Ngày chốt số liệu báo cáo (reporting cut-off day) with its history, oldest first; the "
                + "national 15th before the province's first entry (Decree 09/2019/NĐ-CP Art. 12)")
        List<CalendarChanged.ReportingCutoff> reportingCutoffs) {

    static CalendarResponse of(CalendarView v) {
        return new CalendarResponse(v.province(), v.name(), v.zone(), v.revision(), v.weeklyRest(), v.officeHours(),
                v.days(), v.reportingCutoffs());
    }
}
