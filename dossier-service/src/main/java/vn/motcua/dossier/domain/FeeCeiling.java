package vn.motcua.dossier.domain;

import java.util.List;
import java.util.Optional;
import vn.motcua.events.ProcedureTerms.Fee;

/**
 * What may be collected for a dossier: no more, in total, than the fees (phí, lệ phí) its pinned procedure version
 * states (Decree 118/2025 Art. 24; the published fee is a component of the procedure, Decree 63/2010 Art. 8
 * cl. 2 as amended). When the version states no fee the catalogue does not know the amount (lệ phí are often set
 * by a sector law or a provincial resolution outside the catalogue), so there is no ceiling to check: the payment
 * is recorded as the receipt says rather than refused on missing data.
 */
public final class FeeCeiling {
    private FeeCeiling() {
    }

    /**
     * Empty when {@code amount} may be recorded; otherwise why not.
     *
     * @param stated     the pinned version's fees; empty when it states none
     * @param paidBefore what the dossier's earlier payments add up to, in đồng
     */
    public static Optional<String> refusal(List<Fee> stated, long paidBefore, long amount) {
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        long total = stated.stream().mapToLong(Fee::amountVnd).sum();
        if (paidBefore + amount > total) {
            return Optional.of("the procedure's fees total " + total + " đồng and " + paidBefore
                    + " đồng was already paid; at most " + Math.max(0, total - paidBefore) + " đồng may be recorded");
        }
        return Optional.empty();
    }
}
