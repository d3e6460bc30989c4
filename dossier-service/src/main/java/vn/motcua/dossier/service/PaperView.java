package vn.motcua.dossier.service;

import java.time.Instant;
import vn.motcua.dossier.repository.DossierPaper;

/** A recorded paper as use cases return it. */
public record PaperView(String code, String name, boolean digitised, String reusedFrom, Instant recordedAt,
        String recordedBy) {

    static PaperView of(DossierPaper p) {
        return new PaperView(p.code, p.name, p.digitised, p.reusedFrom, p.recordedAt, p.recordedBy);
    }
}
