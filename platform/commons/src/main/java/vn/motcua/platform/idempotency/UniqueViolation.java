package vn.motcua.platform.idempotency;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLState 23505) anywhere in an exception's causes. */
public final class UniqueViolation {
    public static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
