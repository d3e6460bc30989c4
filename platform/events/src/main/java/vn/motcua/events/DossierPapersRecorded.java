package vn.motcua.events;

import java.time.Instant;
import java.util.UUID;
import java.util.List;
import java.util.Objects;

/**
 * Papers of the dossier were recorded: each one digitised (số hóa) or not, and reused from an earlier dossier of
 * the same applicant instead of being asked again (Decree 118/2025 Art. 5 cl. 1i; Decision 766 counts both).
 */
public record DossierPapersRecorded(
        UUID dossierId,
        @OptionalField String dossierCode,
        String agency,
        List<Paper> papers,
        Instant recordedAt,
        @OptionalField Boolean imported) implements DomainEvent {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }

    /**
     * One paper (thành phần hồ sơ).
     *
     * @param reusedFrom the code of the earlier dossier whose accepted paper was reused; null when given anew
     */
    public record Paper(String code, String name, Boolean digitised, @OptionalField String reusedFrom) {
        public Paper {
            Objects.requireNonNull(code, "papers[].code");
            Objects.requireNonNull(name, "papers[].name");
            Objects.requireNonNull(digitised, "papers[].digitised");
        }
    }
}
