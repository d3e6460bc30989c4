package vn.motcua.catalog.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A time-cut review as the province adopted it: the decision and each procedure's days before and after. */
@Entity
@Table(name = "time_cut_review")
public class TimeCutReview extends ProvinceOwned {
    @Id
    public UUID id;

    @Embedded
    public DecisionColumns decision;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "time_cut_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "line")
    public List<Line> items = new ArrayList<>();

    @Embeddable
    public static class Line {
        @Column(name = "procedure_code")
        public String procedureCode;

        @Column(name = "days_before")
        public int daysBefore;

        @Column(name = "days_after")
        public int daysAfter;
    }

    public static Optional<TimeCutReview> byDecision(String number) {
        return find("decision.number", number).firstResultOptional();
    }

    public static List<TimeCutReview> newestFirst() {
        return list("order by decision.date desc, decision.number");
    }
}
