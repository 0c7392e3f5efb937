package app.relacta.journal;

/**
 * A parent's sessions changed: one logged, changed or deleted, or a file imported.
 * Published inside the change's transaction; listeners that act on it after it is saved
 * use {@code @TransactionalEventListener}.
 */
public record SessionsChanged(long parentId) {
}
