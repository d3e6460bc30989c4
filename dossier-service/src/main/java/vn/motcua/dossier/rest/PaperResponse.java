package vn.motcua.dossier.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.service.PaperView;

public record PaperResponse(
        String code,
        String name,
        @Schema(description = "Đã số hóa") boolean digitised,
        @Schema(description = "Tái sử dụng từ hồ sơ; null when given anew") String reusedFrom,
        Instant recordedAt,
        String recordedBy) {

    static PaperResponse of(PaperView p) {
        return new PaperResponse(p.code(), p.name(), p.digitised(), p.reusedFrom(), p.recordedAt(), p.recordedBy());
    }
}
