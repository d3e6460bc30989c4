package vn.motcua.reporting.service;

import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.DossierResults;
import vn.motcua.reporting.domain.ReportPeriod;

/** Form II.06b's figures of one province for one period. */
public record QuarterlyReport(ProvinceCode province, ReportPeriod period, DossierResults results) {
}
