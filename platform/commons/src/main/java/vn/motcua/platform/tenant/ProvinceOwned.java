package vn.motcua.platform.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * A row that belongs to one province. Hibernate fills {@code province_code} from {@link ProvinceTenantResolver}
 * on insert and adds it to every query and load, so a service cannot read or change another province's rows
 * through the ORM. (Native SQL is not filtered: each such query names the province itself.)
 */
@MappedSuperclass
public abstract class ProvinceOwned extends PanacheEntityBase {
    @TenantId
    @Column(name = "province_code", nullable = false, updatable = false)
    public String provinceCode;
}
