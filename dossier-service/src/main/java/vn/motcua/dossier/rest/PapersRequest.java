package vn.motcua.dossier.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.service.PaperInput;

/** Thành phần hồ sơ: the papers of a dossier, each digitised or not, given anew or reused. */
public record PapersRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Paper> papers) {

    public record Paper(
            @Schema(description = "Mã giấy tờ (paper code), unique within the dossier", examples = "DON_DE_NGHI")
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,29}",
                    message = "must be 1-30 of A-Z a-z 0-9 . _ - starting with a letter or digit") String code,
            @Schema(description = "Tên giấy tờ", examples = "Đơn đề nghị cấp giấy phép")
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "Đã số hóa (digitised): a digital copy is held") @NotNull Boolean digitised,
            @Schema(description = "Tái sử dụng từ hồ sơ (dossier code of an earlier dossier of the same applicant "
                    + "whose paper of this code was accepted)", examples = "20-260212-0001")
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be a dossier code") String reusedFrom) {
    }

    public List<PaperInput> toInputs() {
        return papers.stream().map(p -> new PaperInput(p.code(), p.name(), p.digitised(), p.reusedFrom())).toList();
    }
}
