package org.learnpath.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies why applying a record failed, by the first decisive exception in its cause chain (outermost first, so a
 * transaction manager's or Hibernate's wrapper is looked through to the driver's error it carries).
 * <p>
 * Decisive are:
 * <ul>
 *   <li>{@link RecordRejected}, JSON errors and {@link IllegalArgumentException} (what parsing and the event records
 *       throw): permanent.</li>
 *   <li>An {@link SQLException} with a SQLState, by its class: 08 connection, 40 transaction rollback (serialization
 *       failure, deadlock), 53 insufficient resources, 55 object not in prerequisite state (55000 is what PostgreSQL
 *       answers while a database does not allow connections, 55P03 a lock timeout), 57 operator intervention (admin
 *       or crash shutdown, cannot connect now, statement timeout), 58 system error, and 25006 (a read-only
 *       transaction: the primary moved): transient. 22 data exception and 23 integrity constraint violation, and
 *       40002 (an integrity violation found at commit): permanent. Other classes (42 syntax or undefined object, XX
 *       internal, ...) are not the record's fault, nor known to pass: unknown.</li>
 *   <li>{@link SQLTransientException}, {@link SQLRecoverableException}, and the SQLState-less errors of the Agroal
 *       pool when no connection can be had in time or the pool is closing: transient.</li>
 * </ul>
 * Anything else is unknown.
 */
public final class Failures {

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "55", "57", "58");
    private static final Set<String> PERMANENT_CLASSES = Set.of("22", "23");
    private static final Set<String> TRANSIENT_STATES = Set.of("25006");
    private static final Set<String> PERMANENT_STATES = Set.of("40002");
    /** Messages of Agroal's own SQLExceptions (no SQLState) about getting a connection, lower-cased. */
    private static final String[] POOL_MESSAGES = {"acquisition timeout", "interrupted while acquiring",
            "pool is closed", "pool is shutting down"};
    private static final int MAX_DEPTH = 64;

    private Failures() {
    }

    public static FailureKind classify(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> chain = new ArrayDeque<>();
        chain.add(failure);
        while (!chain.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = chain.poll();
            if (!seen.add(t)) {
                continue;
            }
            FailureKind kind = decisive(t);
            if (kind != null) {
                return kind;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                chain.add(sql.getNextException());
            }
            if (t.getCause() != null) {
                chain.add(t.getCause());
            }
        }
        return FailureKind.UNKNOWN;
    }

    private static FailureKind decisive(Throwable t) {
        if (t instanceof RecordRejected || t instanceof JsonProcessingException || t instanceof IllegalArgumentException) {
            return FailureKind.PERMANENT;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() == 5) {
                if (TRANSIENT_STATES.contains(state)) {
                    return FailureKind.TRANSIENT;
                }
                if (PERMANENT_STATES.contains(state)) {
                    return FailureKind.PERMANENT;
                }
                String type = state.substring(0, 2);
                if (TRANSIENT_CLASSES.contains(type)) {
                    return FailureKind.TRANSIENT;
                }
                if (PERMANENT_CLASSES.contains(type)) {
                    return FailureKind.PERMANENT;
                }
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return FailureKind.TRANSIENT;
            }
            if (state == null && isPoolUnavailable(sql)) {
                return FailureKind.TRANSIENT;
            }
        }
        return null;
    }

    private static boolean isPoolUnavailable(SQLException e) {
        String message = e.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String known : POOL_MESSAGES) {
            if (lower.contains(known)) {
                return true;
            }
        }
        return false;
    }
}
