package org.learnpath.assessment.repository;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An attempt the database refused because another one holds its place: recognised from the driver's error by its
 * SQLState (23505, unique_violation) and the name of the unique index it names, never by the message text, which
 * depends on the server's language and version.
 */
public final class AttemptConflict extends RuntimeException {

    /** Which place was taken. */
    public enum Kind {
        /** The learner's Idempotency-Key is stored already: two sends of the same answer raced. */
        IDEMPOTENCY_KEY("attempt_idempotency"),
        /** The learner's attempt number at the item is taken: a writer that did not wait for the numbering lock. */
        ATTEMPT_NUMBER("attempt_number_per_item");

        /** The unique index of the attempt table (db/migration) whose violation this is. */
        final String index;

        Kind(String index) {
            this.index = index;
        }
    }

    static final String UNIQUE_VIOLATION = "23505";

    private final Kind kind;

    private AttemptConflict(Kind kind, SQLException cause) {
        super(kind + " taken (" + kind.index + ")", cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The conflict {@code e} reports, if it is the violation of one of the attempt table's unique indexes. */
    static Optional<AttemptConflict> of(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState()) && s instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                String index = server == null ? null : server.getConstraint();
                for (Kind kind : Kind.values()) {
                    if (kind.index.equals(index)) {
                        return Optional.of(new AttemptConflict(kind, e));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The conflict anywhere in {@code failure}'s causes (a transaction manager may wrap it), if there is one. */
    public static Optional<Kind> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AttemptConflict conflict) {
                return Optional.of(conflict.kind());
            }
        }
        return Optional.empty();
    }
}
