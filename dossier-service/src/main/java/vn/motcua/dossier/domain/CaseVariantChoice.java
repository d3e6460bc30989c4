package vn.motcua.dossier.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.events.ProcedureTerms.CaseVariant;

/**
 * The case (trường hợp) a dossier is received under, which gives its time limit (each case of a procedure has its
 * own: Decree 63/2010/NĐ-CP Art. 8 cl. 2 point d, as amended). The desk names it; when the procedure has one case
 * it may be left out. A missing choice among several, or a code the version does not have, is refused, never
 * guessed: a wrong guess is a wrong appointed date on the receipt.
 */
public final class CaseVariantChoice {
    public sealed interface Choice {
    }

    public record Chosen(CaseVariant variant) implements Choice {
    }

    public record Refused(String message) implements Choice {
    }

    private CaseVariantChoice() {
    }

    /** @param requested the code the desk named, empty when none */
    public static Choice choose(List<CaseVariant> variants, Optional<String> requested) {
        String codes = variants.stream().map(CaseVariant::code).collect(Collectors.joining(", "));
        if (requested.isEmpty()) {
            return variants.size() == 1 ? new Chosen(variants.getFirst())
                    : new Refused("is required: this procedure has the cases " + codes);
        }
        return variants.stream().filter(v -> v.code().equals(requested.get())).findFirst()
                .<Choice>map(Chosen::new)
                .orElseGet(() -> new Refused("is not a case of this procedure (" + codes + ")"));
    }
}
