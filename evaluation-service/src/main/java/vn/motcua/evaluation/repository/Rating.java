package vn.motcua.evaluation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * The applicant's rating of a returned dossier (đánh giá: Decree 118/2025 Art. 33 cl. 1), one per dossier: the
 * primary key makes a second one impossible even when two arrive at once.
 */
@Entity
@Table(name = "rating")
public class Rating extends ProvinceOwned {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(nullable = false)
    public String agency;

    /** The rated contents as a JSON object of content name to score (jsonb, readable in SQL). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    String contents;

    public String comment;

    @Column(nullable = false)
    public String channel;

    @Column(name = "rated_by", nullable = false)
    public String ratedBy;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    @Column(name = "ticket_hash", nullable = false)
    public String ticketHash;

    public Map<String, Integer> scores() {
        try {
            return JSON.readValue(contents, new TypeReference<LinkedHashMap<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rating " + dossierId + " holds contents that are not JSON", e);
        }
    }

    public void scores(Map<String, Integer> scores) {
        try {
            contents = JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rating contents", e);
        }
    }

    public static Optional<Rating> ofDossier(UUID dossierId) {
        return find("dossierId", dossierId).firstResultOptional();
    }

    /** Ratings submitted in [from, to), of one agency or (agency null) of the province. */
    public static List<Rating> ratedBetween(String agency, Instant from, Instant to) {
        return agency == null
                ? list("ratedAt >= ?1 and ratedAt < ?2", from, to)
                : list("agency = ?1 and ratedAt >= ?2 and ratedAt < ?3", agency, from, to);
    }
}
