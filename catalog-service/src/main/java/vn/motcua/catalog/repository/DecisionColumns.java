package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.motcua.events.ProcedureTerms;

/**
 * The decision (quyết định) that publishes a procedure version or adopts a time-cut review: its number, date and
 * issuer, the three columns {@code decision_number}, {@code decision_date}, {@code decision_issuer} of each table
 * that records one. A draft version has none until it is published (then the database freezes the version).
 */
@Embeddable
public class DecisionColumns {
    @Column(name = "decision_number")
    public String number;

    @Column(name = "decision_date")
    public LocalDate date;

    @Column(name = "decision_issuer")
    public String issuer;

    public static DecisionColumns of(ProcedureTerms.Decision decision) {
        DecisionColumns columns = new DecisionColumns();
        columns.number = decision.number();
        columns.date = decision.date();
        columns.issuer = decision.issuer();
        return columns;
    }

    public ProcedureTerms.Decision toDecision() {
        return new ProcedureTerms.Decision(number, date, issuer);
    }
}
