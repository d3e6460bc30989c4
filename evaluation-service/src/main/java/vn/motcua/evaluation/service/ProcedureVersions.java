package vn.motcua.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.events.ReportingPeriod;
import vn.motcua.evaluation.repository.ProcedureAbolitionRow;
import vn.motcua.evaluation.repository.ProcedureVersionRow;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.platform.transaction.TransactionMemo;

/**
 * Which versions of the current province's procedures were in force when. A version is in force from its
 * {@code effectiveFrom} until the first of its own {@code effectiveTo}, the next version's {@code effectiveFrom}
 * and the procedure's abolition (Decree 63/2010 Art. 15 as amended: a procedure applies as published until the
 * decision that amends or abolishes it takes effect).
 * <p>
 * A procedure's versions and the province's abolitions are read once per transaction ({@link TransactionMemo}: a
 * consumer's batch evaluates many dossiers of the same procedures; a transaction is of one province), and read
 * again after {@link #changed()}.
 */
@ApplicationScoped
public class ProcedureVersions {
    @Inject
    TransactionMemo memo;

    /**
     * The version a dossier is pinned to: the one it names when dossier-service told it, else the one in force on
     * its reception day; empty while the catalogue has not published it (yet).
     */
    public Optional<ProcedureTerms> of(String code, Integer version, LocalDate receptionDay) {
        if (code == null) {
            return Optional.empty();
        }
        List<Dated> dated = dated(memo.get(new VersionsOf(code), () -> ProcedureVersionRow.ofCode(code)),
                abolitions().get(code));
        if (version != null) {
            return dated.stream().filter(d -> d.terms().version() == version).findFirst().map(Dated::terms);
        }
        return receptionDay == null ? Optional.empty()
                : dated.stream().filter(d -> d.inForceOn(receptionDay)).findFirst().map(Dated::terms);
    }

    /** The procedures (one latest version each) of the agency in force on some day of the period. */
    public List<ProcedureTerms> latestInForceIn(String agency, ReportingPeriod period) {
        return List.copyOf(latestInForceByCode(agency, period).values());
    }

    /** {@link #latestInForceIn} by procedure code. */
    public Map<String, ProcedureTerms> latestInForceByCode(String agency, ReportingPeriod period) {
        Map<String, ProcedureTerms> latest = new java.util.LinkedHashMap<>();
        Map<String, LocalDate> abolished = abolitions();
        ProcedureVersionRow.ofAgency(agency).stream()
                .collect(Collectors.groupingBy(v -> v.code, java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((code, versions) -> dated(versions, abolished.get(code)).stream()
                        .filter(d -> d.overlaps(period.from(), period.to()))
                        .reduce((a, b) -> b)
                        .ifPresent(d -> latest.put(code, d.terms())));
        return latest;
    }

    /** The current transaction stored a version or an abolition: they are read again. */
    public void changed() {
        memo.forget(key -> key instanceof VersionsOf || key instanceof Abolitions);
    }

    private Map<String, LocalDate> abolitions() {
        return memo.get(new Abolitions(), ProcedureAbolitionRow::byCode);
    }

    /** The versions of a procedure of the transaction's province, as it read them. */
    private record VersionsOf(String code) {
    }

    /** The abolitions of the transaction's province, as it read them. */
    private record Abolitions() {
    }

    private static List<Dated> dated(List<ProcedureVersionRow> versions, LocalDate abolishedFrom) {
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            ProcedureVersionRow v = versions.get(i);
            LocalDate end = v.effectiveTo;
            if (i + 1 < versions.size()) {
                end = earlier(end, versions.get(i + 1).effectiveFrom);
            }
            end = earlier(end, abolishedFrom);
            dated.add(new Dated(v.terms, v.effectiveFrom, end));
        }
        return dated;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** A version and its days {@code [from, to)}; {@code to} null while open. */
    record Dated(ProcedureTerms terms, LocalDate from, LocalDate to) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }

        boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (to == null || to.isAfter(first));
        }
    }
}
