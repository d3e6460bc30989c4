package vn.motcua.dossier.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Báo cáo nhập hồ sơ: how many dossiers were created, how many were there already exactly as the row says, and
 * each refusal with its line, the row's sourceId and the field. A row with several faults has several entries.
 */
@Schema(description = "Báo cáo nhập hồ sơ (import report)")
public record ImportReport(
        @Schema(description = "Hồ sơ đã tạo: new dossiers") int created,
        @Schema(description = "Không đổi: imported before from the very same row") int unchanged,
        @Schema(description = "Bị từ chối: each refused row's faults, by line then field") List<Rejection> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** @param sourceId null when the row had none, or one unsafe to echo */
    public record Rejection(int line, String sourceId, String field, String reason) {
    }
}
