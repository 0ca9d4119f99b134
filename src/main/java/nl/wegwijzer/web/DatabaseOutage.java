package nl.wegwijzer.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether an error means the database cannot be reached for now (stopped, restarting, the network to it
 * gone): such a request is answered 503 with {@code Retry-After}, not 500, since sending it again later
 * will work and nothing of it was stored (each write is one transaction). The connection pool opens new
 * connections when the database is back, so the service recovers by itself.
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
            if (t instanceof org.springframework.transaction.TransactionSystemException failed && failed.getApplicationException() != null
                    && causedBy(failed.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
