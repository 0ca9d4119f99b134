package nl.wegwijzer.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether an error means the database cannot be reached for now (stopped, restarting, the network to it
 * gone): such a request is answered 503 with {@code Retry-After}, not 500, since sending it again later
 * will work. Each write is one transaction, so nothing is half-written; only a commit whose answer was
 * lost on the way leaves it unknown whether it was kept, which is why the answer asks to send it again
 * with the same Idempotency-Key. The connection pool opens new connections when the database is back,
 * so the service recovers by itself.
 */
public final class DatabaseOutage {
    /** Seconds a caller is asked to wait before sending again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    // SQLSTATE class 08: connection exception (the pool's own "connection is closed" is 08003).
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A commit or rollback that failed: the connection broke under the transaction (the pool's own
            // "connection is closed" carries no SQLSTATE).
            if (t instanceof org.springframework.transaction.TransactionSystemException) {
                return true;
            }
        }
        return false;
    }
}
