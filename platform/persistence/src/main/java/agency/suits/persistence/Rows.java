package agency.suits.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Whether rows exist, and how many, through an HQL string Hibernate plans once and keeps in its query plan cache.
 * Panache's {@code count(...)} goes through Hibernate's {@code getResultCount()}, which derives and interprets a new
 * count query on every call: the profile of a client's registration (docs/benchmarks.md) found those count checks
 * costing more of the request than its inserts. An existence check also stops at the first row.
 *
 * <pre>{@code
 * if (Rows.exist(Client.class, "code = ?1", request.code())) { ... }
 * }</pre>
 * The where clause is HQL over the entity's fields with positional parameters, as in Panache's long form.
 */
public final class Rows {

    private Rows() {
    }

    public static boolean exist(Class<?> entity, String where, Object... parameters) {
        TypedQuery<Integer> query = query(entity, "select 1", where, Integer.class, parameters);
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    public static long count(Class<?> entity, String where, Object... parameters) {
        return query(entity, "select count(*)", where, Long.class, parameters).getSingleResult();
    }

    private static <R> TypedQuery<R> query(Class<?> entity, String select, String where, Class<R> result,
                                           Object... parameters) {
        EntityManager entityManager = Panache.getEntityManager(entity);
        String name = entityManager.getMetamodel().entity(entity).getName();
        TypedQuery<R> query = entityManager.createQuery(select + " from " + name + " where " + where, result);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
