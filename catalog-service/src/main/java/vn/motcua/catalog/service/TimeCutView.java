package vn.motcua.catalog.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.domain.TimeCut;
import vn.motcua.catalog.repository.TimeCutReview;

/** A review with its inputs and the figures computed from them; {@code percentCut} is null with 0 days before. */
public record TimeCutView(UUID id, String province, String decisionNumber, LocalDate decisionDate,
        String decisionIssuer, List<Item> items, int daysBefore, int daysAfter, int daysCut, BigDecimal percentCut) {

    public record Item(String procedureCode, int daysBefore, int daysAfter, int daysCut) {
    }

    static TimeCutView of(TimeCutReview r) {
        TimeCut cut = TimeCutReviews.toDomain(r);
        return new TimeCutView(r.id, r.provinceCode, r.decision.number, r.decision.date, r.decision.issuer,
                cut.items().stream().map(i -> new Item(i.procedureCode(), i.daysBefore(), i.daysAfter(), i.daysCut()))
                        .toList(),
                cut.daysBefore(), cut.daysAfter(), cut.daysCut(), cut.percentCut().orElse(null));
    }
}
