package vn.motcua.dossier.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** A paper (thành phần hồ sơ) of a dossier: digitised or not, given anew or reused from an earlier dossier. */
@Entity
@Table(name = "dossier_paper")
public class DossierPaper extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    public UUID dossierId;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public String name;

    /** Số hóa: a digital copy of the paper is held. */
    @Column(nullable = false)
    public boolean digitised;

    /** The code of the earlier dossier whose accepted paper this reuses; null when given anew. */
    @Column(name = "reused_from")
    public String reusedFrom;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The dossier's papers by code. */
    public static List<DossierPaper> of(UUID dossierId) {
        return list("dossierId = ?1 order by code", dossierId);
    }

    public static Optional<DossierPaper> byCode(UUID dossierId, String code) {
        return find("dossierId = ?1 and code = ?2", dossierId, code).firstResultOptional();
    }

    /** A paper the applicant already gave, with the dossier it was accepted with. */
    public record Accepted(String code, String name, boolean digitised, String dossierCode, Instant acceptedAt) {
    }

    /**
     * The papers accepted with the province's dossiers of the applicant with {@code idNumber}, newest dossier first.
     * Both entities are province-owned: the tenant filter keeps this within the caller's province.
     */
    public static List<Accepted> acceptedOfApplicant(String idNumber) {
        return getEntityManager().createQuery("""
                select p.code, p.name, p.digitised, d.code, d.receivedAt
                from DossierPaper p join Dossier d on d.id = p.dossierId
                where d.applicantIdNumber = :idNumber and d.receivedAt is not null
                order by d.receivedAt desc, p.code""", Object[].class)
                .setParameter("idNumber", idNumber).getResultList().stream()
                .map(r -> new Accepted((String) r[0], (String) r[1], (Boolean) r[2], (String) r[3], (Instant) r[4]))
                .toList();
    }
}
