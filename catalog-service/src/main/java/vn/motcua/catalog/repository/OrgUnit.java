package vn.motcua.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.catalog.domain.OrgUnitKind;
import vn.motcua.platform.tenant.ProvinceOwned;

/** Đơn vị: a phòng of an agency, its leadership, or its one-stop desk. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends ProvinceOwned {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    public Agency agency;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "official_code")
    public String officialCode;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrgUnitKind kind;

    public static List<OrgUnit> ofAgency(Agency agency) {
        return list("agency = ?1 order by code", agency);
    }

    public static Optional<OrgUnit> of(Agency agency, String code) {
        return find("agency = ?1 and code = ?2", agency, code).firstResultOptional();
    }

    /** Every unit of the province, for listings that show all agencies at once. */
    public static List<OrgUnit> all() {
        return list("order by code");
    }
}
