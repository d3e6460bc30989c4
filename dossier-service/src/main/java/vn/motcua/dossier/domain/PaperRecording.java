package vn.motcua.dossier.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which papers (thành phần hồ sơ) of a dossier may be recorded now. Each paper is recorded once per dossier under
 * its code. Before acceptance the desk or the portal may record it again (the paper is still being checked, and
 * whether it is digitised or reused may change); once the dossier is accepted as complete and valid, its papers are
 * what was accepted (Decree 118/2025 Art. 17 cl. 1c, cl. 3) and a paper already recorded is not rewritten, while
 * a new one (a supplement) may still be added.
 */
public final class PaperRecording {
    private PaperRecording() {
    }

    /** A refusal naming the paper by its index in the request. */
    public record Refusal(int status, String problemType, String field, String message) {
    }

    /**
     * @param accepted whether the dossier was accepted (it has a receipt)
     * @param recorded codes of the papers already recorded for the dossier
     * @param codes    the codes of the request, in order
     */
    public static Optional<Refusal> refusal(boolean accepted, Set<String> recorded, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                return Optional.of(new Refusal(422, "duplicate-paper", "papers[" + i + "].code",
                        "paper " + codes.get(i) + " appears twice in the request"));
            }
        }
        if (!accepted) {
            return Optional.empty();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (recorded.contains(codes.get(i))) {
                return Optional.of(new Refusal(409, "paper-already-accepted", "papers[" + i + "].code",
                        "paper " + codes.get(i) + " was accepted with the dossier and is not recorded again"));
            }
        }
        return Optional.empty();
    }
}
