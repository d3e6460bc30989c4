package vn.motcua.dossier.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.service.ReusablePaper;

public record ReusablePaperResponse(
        String code,
        String name,
        @Schema(description = "Đã số hóa") boolean digitised,
        @Schema(description = "Mã hồ sơ it was accepted with: the reusedFrom to record") String dossierCode,
        Instant acceptedAt) {

    static ReusablePaperResponse of(ReusablePaper p) {
        return new ReusablePaperResponse(p.code(), p.name(), p.digitised(), p.dossierCode(), p.acceptedAt());
    }
}
