package vn.motcua.dossier.service;

import java.time.Instant;
import vn.motcua.events.ProvinceCode;

/** What one sweep of a province did: how many dossiers it announced near, overdue, and closed. */
public record SweepReport(ProvinceCode province, Instant at, int nearingDue, int overdue, int closed) {
}
