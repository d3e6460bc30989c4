package vn.motcua.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A province that exists (Decision 19/2025/QĐ-TTg). Not tenant-owned: every province is public knowledge, and
 * start-up walks the list to publish each province's calendar.
 */
@Entity
@Table(name = "province_register")
public class ProvinceRegisterEntry extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** IANA zone id of the province's clock. */
    public String zone;

    /** Day names separated by commas, e.g. {@code SATURDAY,SUNDAY}. */
    @Column(name = "weekly_rest")
    public String weeklyRest;

    public static Optional<ProvinceRegisterEntry> byCode(String code) {
        return findByIdOptional(code);
    }

    public static List<ProvinceRegisterEntry> all() {
        return list("order by code");
    }
}
