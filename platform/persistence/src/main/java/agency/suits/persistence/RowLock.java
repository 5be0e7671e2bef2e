package agency.suits.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Locks the row of an entity this transaction may have read already. Locking an entity as it was read either checks
 * its version (Hibernate's {@code ... where id = ? and version = ? for update}), which fails on any change another
 * transaction committed since it was read, or, without a version, locks the row but keeps the state read before the
 * lock, which then overwrites that change. Reloading the row with the lock does neither.
 */
public final class RowLock {

    private RowLock() {
    }

    /**
     * The entity, its row locked until the transaction ends and its state read under the lock. A row this
     * transaction has locked already is left as it is: reloading it would drop changes not yet flushed.
     */
    public static <T> T reload(EntityManager entityManager, T entity) {
        if (entityManager.getLockMode(entity) != LockModeType.PESSIMISTIC_WRITE) {
            entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return entity;
    }
}
