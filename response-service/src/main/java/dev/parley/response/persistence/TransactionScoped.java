package dev.parley.response.persistence;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that lives as long as the current Spring transaction: made on first use, handed to a callback just
 * before the transaction commits, and dropped when it ends either way.
 */
public final class TransactionScoped {
    private TransactionScoped() {
    }

    /**
     * The state bound to {@code key} in the current transaction, made by {@code create} on first use; null
     * when no transaction is active.
     */
    public static <T> T get(Object key, Supplier<T> create) {
        return get(key, create, state -> { });
    }

    /**
     * As {@link #get(Object, Supplier)}, and {@code beforeCommit} gets the state just before a commit (not on
     * rollback).
     */
    public static <T> T get(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T bound = bound(key);
        if (bound != null) {
            return bound;
        }
        T made = create.get();
        TransactionSynchronizationManager.bindResource(key, made);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(made);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return made;
    }

    /** The state bound to {@code key} in the current transaction, or null: never makes it. */
    @SuppressWarnings("unchecked")
    public static <T> T bound(Object key) {
        return (T) TransactionSynchronizationManager.getResource(key);
    }

    /** Forgets the state bound to {@code key}, if any: the next {@link #get} makes it again. */
    public static void forget(Object key) {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
}
