package vn.motcua.reporting.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.DossierResults;
import vn.motcua.reporting.service.QuarterlyReport;

@Schema(description = "Kết quả giải quyết thủ tục hành chính (form II.06b, Circular 01/2020/TT-VPCP) of one quarter")
public record QuarterlyReportResponse(
        @Schema(description = "Mã tỉnh (province code)", examples = "20") String province,
        int year,
        int quarter,
        @Schema(description = "Từ ngày: first day of the period (Vietnam time)") LocalDate from,
        @Schema(description = "Đến ngày: last day of the period, inclusive") LocalDate to,
        Received received,
        Resolved resolved,
        Pending pending) {

    @Schema(description = "Số hồ sơ tiếp nhận trong kỳ: trực tuyến, trực tiếp, qua bưu chính công ích")
    public record Received(long total, long online, long direct, long postal) {
    }

    @Schema(description = "Số hồ sơ đã giải quyết trong kỳ: trước hạn, đúng hạn, quá hạn")
    public record Resolved(long total, long early, long onTime, long late) {
    }

    @Schema(description = "Số hồ sơ đang giải quyết at the period's end: trong hạn, quá hạn")
    public record Pending(long total, long withinDeadline, long overdue) {
    }

    static QuarterlyReportResponse of(QuarterlyReport report) {
        DossierResults r = report.results();
        return new QuarterlyReportResponse(report.province().value(), report.period().year(),
                report.period().quarter(), report.period().from(), report.period().to(),
                new Received(r.received().total(), r.received().online(), r.received().direct(),
                        r.received().postal()),
                new Resolved(r.resolved().total(), r.resolved().early(), r.resolved().onTime(), r.resolved().late()),
                new Pending(r.pending().total(), r.pending().withinDeadline(), r.pending().overdue()));
    }
}
