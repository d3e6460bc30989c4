package vn.motcua.evaluation.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.platform.tenant.ProvinceOwned;

/**
 * What was last published for an aggregate ({@code evaluation:<dossier>}, {@code scorecard:<id>}): the hash of its
 * content and its revision. A rebuild keeps these rows, so a recomputed result equal to the published one is not
 * published again, and a changed one continues the revisions.
 */
@Entity
@Table(name = "published_state")
public class PublishedState extends ProvinceOwned {
    @Id
    public String id;

    @Column(nullable = false)
    public String hash;

    public int revision;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
