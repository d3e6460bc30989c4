package vn.motcua.dossier.domain;

import java.util.Optional;
import vn.motcua.events.ReturnMethod;

/**
 * Trả kết quả trực tuyến: a result is returned on the portal only when it was issued as an electronic document
 * (bản điện tử, Decree 118/2025 Art. 22 cl. 2-3); a paper result is returned at the desk or by post.
 */
public final class OnlineReturn {
    private OnlineReturn() {
    }

    /** Why {@code method} cannot return this result, or empty when it can. */
    public static Optional<String> problem(ReturnMethod method, boolean electronicResult) {
        if (method == ReturnMethod.ONLINE && !electronicResult) {
            return Optional.of("the result was not issued electronically: return it at the desk or by post"
                    + " (Decree 118/2025 Art. 22)");
        }
        return Optional.empty();
    }
}
