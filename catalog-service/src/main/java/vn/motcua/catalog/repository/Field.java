package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.tenant.ProvinceOwned;

/** Lĩnh vực: a field of administrative procedures, handled in the province by one agency. */
@Entity
@Table(name = "field")
public class Field extends ProvinceOwned {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    public static Optional<Field> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Field> ofAgency(Agency agency) {
        return list("agency = ?1 order by code", agency);
    }

    public static List<Field> all() {
        return list("order by code");
    }
}
