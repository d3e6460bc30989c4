package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * A dossier imported from a province's previous system: the old system's id and a fingerprint of the row, so
 * importing it again is recognised (unchanged) and a different row under the same id is a conflict.
 */
@Entity
@Table(name = "dossier_import")
public class DossierImportRecord extends ProvinceOwned {
    /** The old system's id; unique within the province (with it, the table's key). */
    @Id
    @Column(name = "source_id", nullable = false, updatable = false)
    public String sourceId;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    /** SHA-256 of the row as read: the row itself holds personal data and is not kept. */
    @Column(nullable = false, updatable = false)
    public String fingerprint;

    /** CITIZEN or ORGANISATION, as the old system said. */
    @Column(name = "applicant_kind", nullable = false, updatable = false)
    public String applicantKind;

    @Column(name = "imported_by", nullable = false, updatable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    public Instant importedAt;

    /** Within the caller's province (tenant filter). */
    public static Optional<DossierImportRecord> bySource(String sourceId) {
        return find("sourceId", sourceId).firstResultOptional();
    }
}
