package vn.motcua.dossier.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.motcua.events.ProvinceCode;

/** The public lookup names a dossier by its code alone, which is unique across provinces (V1). */
@ApplicationScoped
public class LookupQueries {
    @Inject
    EntityManager em;

    /**
     * The province of the dossier with this code. Native SQL, read across provinces on purpose and only for this:
     * the dossier itself is then read as its province, through the tenant filter.
     */
    public Optional<ProvinceCode> provinceOf(String code) {
        return em.createNativeQuery("select province_code from dossier where code = ?1").setParameter(1, code)
                .getResultList().stream().findFirst().map(p -> new ProvinceCode(p.toString().trim()));
    }
}
