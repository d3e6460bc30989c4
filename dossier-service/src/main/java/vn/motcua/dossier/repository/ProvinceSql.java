package vn.motcua.dossier.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * A native query of this service's hottest reads, with the caller's province bound as its first parameter
 * ({@code province_code = ?1}, written out in each statement). Why not HQL: the {@code @TenantId} column of
 * {@link vn.motcua.platform.tenant.ProvinceOwned} enables Hibernate's tenant filter in every session, and while a
 * filter is enabled Hibernate 7 translates every HQL query and every {@code findById} to SQL again on each
 * execution (SqmInterpretationsKey: no plan is cached with a filter on). In issue 17's profiles the lookups made
 * here were 63 % of dossier-service's samples on a dossier read (the find alone 38 %) and 25 % on an intake;
 * natively, 49 % and 18 %. A native statement's plan is cached, but no filter touches it, so the province is named
 * here.
 *
 * <p>The province bound is the session's own tenant identifier: the one ProvinceTenantResolver read from
 * TenantContext (the caller's verified token, or TenantRunner's province), and exactly the value the filter would
 * have added; without a province it is the resolver's "--", which matches no row. So a native read is as strict as
 * the HQL it replaces, and never takes a province from the request.
 */
final class ProvinceSql {
    private ProvinceSql() {
    }

    /** {@code sql}, whose {@code ?1} is the province, its rows mapped to the entity {@code entity}. */
    static <T> NativeQuery<T> select(String sql, Class<T> entity) {
        Session session = session();
        return session.createNativeQuery(sql, entity).setParameter(1, session.getTenantIdentifier());
    }

    /**
     * {@code sql}, whose {@code ?1} is the province, its one column {@code column} read as {@code type}. Named as a
     * scalar, not passed as a result class: Hibernate 7.2 keys a plan by its result mapping, and a basic result
     * class makes a mapping equal to no other, so each execution added a plan to the cache instead of reusing one.
     */
    @SuppressWarnings("unchecked")
    static <T> NativeQuery<T> value(String sql, String column, Class<T> type) {
        Session session = session();
        return session.createNativeQuery(sql).addScalar(column, type).setParameter(1, session.getTenantIdentifier());
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
