package vn.motcua.dossier.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.dossier.repository.Dossier;
import vn.motcua.dossier.repository.DossierActionRecord;
import vn.motcua.dossier.repository.LookupQueries;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.tenant.TenantRunner;

/**
 * Tra cứu tình trạng hồ sơ: anyone with the receipt's code and secret reads the dossier's status without signing
 * in (issue 13 item 7). A wrong secret and an unknown code get the same answer, so the lookup tells nothing of
 * which codes exist beyond what the receipt format already does; both count against the code's limit
 * ({@link LookupLimits}).
 */
@ApplicationScoped
public class PublicLookup {
    @Inject
    LookupQueries queries;

    @Inject
    TenantRunner tenants;

    @Inject
    LookupLimits limits;

    @Inject
    Clock clock;

    @Inject
    RatingTickets tickets;

    /**
     * @param address the client's address, for its rate limit
     * @throws LookupLimits.Limited when the address or the code is over its limit
     */
    public PublicStatus find(String address, String code, String secret) {
        Instant now = clock.instant();
        limits.admit(address, code, now);
        // the caller is anonymous: the province comes from the dossier, and the read runs as that province
        Optional<PublicStatus> found = QuarkusTransaction.requiringNew().call(() -> queries.provinceOf(code))
                .flatMap(province -> tenants.callAs(province, () -> read(code, secret, province, now)));
        if (found.isEmpty()) {
            limits.wrongSecret(code, now);
            throw new ProblemException(404, "not-found", "Dossier not found",
                    "No dossier has this code and secret; check both on the receipt (Giấy tiếp nhận và hẹn trả kết quả).");
        }
        return found.get();
    }

    private Optional<PublicStatus> read(String code, String secret, ProvinceCode province, Instant now) {
        return Dossier.<Dossier>find("code", code).firstResultOptional()
                .filter(d -> LookupSecret.matches(secret, d.lookupSecretHash))
                .map(d -> new PublicStatus(d.code, d.status, d.procedureCode, d.receivedAt, d.dueAt, d.timeliness,
                        d.returnedAt, DossierActionRecord.logOf(d.id).stream()
                                .map(a -> new PublicStatus.Event(a.action(), a.at())).toList(),
                        tickets.issue(d.id, province, now)));
    }
}
