package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.recommender.model.AnswerPosition;
import org.learnpath.recommender.model.ConsumedAnswer;
import org.learnpath.recommender.model.StoredAnswer;

/** The applied answers: the deduplication record and the history refits learn from. */
@ApplicationScoped
public class AnswerRepository {

    private final Jdbc jdbc;

    public AnswerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    /**
     * Inserts every answer of the batch, in one statement, expecting none to be stored yet: the common case, since
     * redeliveries follow only crashes and rebalances. A plain insert costs PostgreSQL about two thirds of one that
     * checks for conflicts first (measured on 1,000 rows into 600,000: 10.8 against 15.5 ms).
     *
     * @throws AlreadyStored if one of them is (the unique key refused it)
     */
    public void insertAll(List<ConsumedAnswer> answers) {
        jdbc.run(c -> insertAll(c, answers));
    }

    /**
     * Inserts the answers not stored yet, in one statement, and returns the event ids that were new: the others
     * were applied before (a redelivery) and must not be applied again.
     */
    public Set<String> insertNew(List<ConsumedAnswer> answers) {
        return jdbc.call(c -> insertNew(c, answers));
    }

    /** The learner's most recently answered items, most recent last. */
    public List<String> recentItems(String learnerId, int limit) {
        return jdbc.call(c -> recentItems(c, learnerId, limit));
    }

    /** Which of {@code itemIds} the learner ever answered (for a certification check, which asks new items). */
    public Set<String> answeredAmong(String learnerId, Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.call(c -> answeredAmong(c, learnerId, itemIds));
    }

    /**
     * Streams every stored ordinary answer learner by learner, each learner's in the order they were applied
     * (partition, offset): what a refit fits. Placement answers are left out: they were never traced, so the model's
     * learning transitions and forgetting must not be fitted to them.
     */
    public void forEachInApplicationOrder(Consumer<AnswerObservation> sink) {
        jdbc.run(c -> forEachInApplicationOrder(c, sink));
    }

    /**
     * Streams every stored answer of the {@code learners} learners whose ids follow {@code afterLearner} (in the
     * database's order of learner ids; "" for the first), learner by learner, each learner's in application order:
     * one page of the replay of learner states. Learners and their answers are read in one statement, so that the
     * page holds every answer committed before it started. Placement answers come too, marked, so that the replay
     * knows every learner of the page and where each placement's seeds go; they are not to be traced. Call it inside
     * a transaction (the driver streams only there).
     */
    public void forEachOfNextLearners(String afterLearner, int learners, Consumer<StoredAnswer> sink) {
        jdbc.run(c -> forEachOfNextLearners(c, afterLearner, learners, sink));
    }

    /**
     * The position of the learner's last stored answer in application order (partition, offset), placement answers
     * included; empty for a learner without answers.
     */
    public Optional<AnswerPosition> lastPosition(String learnerId) {
        return jdbc.call(c -> lastPosition(c, learnerId));
    }

    public long count() {
        return jdbc.call(c -> count(c));
    }

    /**
     * Thrown by {@link #insertAll} when an answer of the batch is stored already (or repeated in the batch). The
     * statement failed, so the transaction must be rolled back and the batch applied again with {@link #insertNew}.
     */
    public static final class AlreadyStored extends RuntimeException {
        AlreadyStored(SQLException cause) {
            super("the batch holds answers stored already", cause);
        }
    }

    void insertAll(Connection connection, List<ConsumedAnswer> answers) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            bind(connection, statement, answers);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new AlreadyStored(e);
            }
            throw e;
        }
    }

    Set<String> insertNew(Connection connection, List<ConsumedAnswer> answers) throws SQLException {
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                INSERT + " on conflict (learner_id, event_id) do nothing returning event_id")) {
            bind(connection, statement, answers);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        }
        return inserted;
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT = """
            insert into answer (event_id, learner_id, item_id, skill_codes, correct, answered_at, prior_difficulty,
                                source_partition, source_offset, attempt_number, response_time_millis, guess_floor,
                                purpose)
            select e, l, i, string_to_array(s, ','), c, timestamptz 'epoch' + t * interval '1 microsecond', d, p, o, n, r,
                   g, u
            from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::boolean[], ?::bigint[],
                        ?::float8[], ?::int[], ?::bigint[], ?::int[], ?::bigint[], ?::float8[], ?::text[])
                as x(e, l, i, s, c, t, d, p, o, n, r, g, u)""";

    /** The stored purpose of a placement answer (answer events revision 1.3); null for an ordinary one. */
    private static final String PLACEMENT = "PLACEMENT";

    private static void bind(Connection connection, PreparedStatement statement, List<ConsumedAnswer> answers)
            throws SQLException {
        int n = answers.size();
        UUID[] eventIds = new UUID[n];
        String[] learners = new String[n];
        UUID[] items = new UUID[n];
        String[] skills = new String[n];
        Boolean[] correct = new Boolean[n];
        Long[] answeredAt = new Long[n];
        Double[] difficulty = new Double[n];
        Integer[] partitions = new Integer[n];
        Long[] offsets = new Long[n];
        Integer[] attemptNumbers = new Integer[n];
        Long[] responseTimes = new Long[n];
        Double[] guessFloors = new Double[n];
        String[] purposes = new String[n];
        for (int i = 0; i < n; i++) {
            ConsumedAnswer stored = answers.get(i);
            AnswerObservation a = stored.answer();
            eventIds[i] = UUID.fromString(a.eventId());
            learners[i] = a.learnerId();
            items[i] = UUID.fromString(a.itemId());
            // Skill codes never contain commas (schema pattern): one text per row keeps the statement a flat unnest.
            skills[i] = String.join(",", a.skillCodes());
            correct[i] = a.correct();
            answeredAt[i] = Sql.micros(a.answeredAt());
            difficulty[i] = a.itemPriorDifficulty();
            partitions[i] = stored.partition();
            offsets[i] = stored.offset();
            attemptNumbers[i] = a.attemptNumber();
            responseTimes[i] = stored.responseTimeMillis();
            guessFloors[i] = a.guessFloor();
            purposes[i] = stored.placement() ? PLACEMENT : null;
        }
        statement.setArray(1, connection.createArrayOf("uuid", eventIds));
        statement.setArray(2, connection.createArrayOf("text", learners));
        statement.setArray(3, connection.createArrayOf("uuid", items));
        statement.setArray(4, connection.createArrayOf("text", skills));
        statement.setArray(5, connection.createArrayOf("boolean", correct));
        statement.setArray(6, connection.createArrayOf("bigint", answeredAt));
        statement.setArray(7, connection.createArrayOf("float8", difficulty));
        statement.setArray(8, connection.createArrayOf("int4", partitions));
        statement.setArray(9, connection.createArrayOf("bigint", offsets));
        statement.setArray(10, connection.createArrayOf("int4", attemptNumbers));
        statement.setArray(11, connection.createArrayOf("int8", responseTimes));
        statement.setArray(12, connection.createArrayOf("float8", guessFloors));
        statement.setArray(13, connection.createArrayOf("text", purposes));
    }

    Set<String> answeredAmong(Connection connection, String learnerId, Collection<String> itemIds)
            throws SQLException {
        Set<String> answered = new HashSet<>();
        // The primary key (learner_id, event_id) narrows this to the learner's own answers.
        try (PreparedStatement statement = connection.prepareStatement(
                "select distinct item_id from answer where learner_id = ? and item_id = any(?)")) {
            statement.setString(1, learnerId);
            statement.setArray(2, connection.createArrayOf("uuid", itemIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    answered.add(rows.getString(1));
                }
            }
        }
        return answered;
    }

    List<String> recentItems(Connection connection, String learnerId, int limit) throws SQLException {
        List<String> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select item_id from answer where learner_id = ? order by answered_at desc, event_id desc limit ?")) {
            statement.setString(1, learnerId);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(0, rows.getString(1));
                }
            }
        }
        return items;
    }

    void forEachInApplicationOrder(Connection connection, Consumer<AnswerObservation> sink) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // The driver streams with a fetch size only inside a transaction.
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement("""
                select event_id, learner_id, item_id, skill_codes, correct, answered_at, prior_difficulty,
                       attempt_number, guess_floor
                from answer where purpose is null order by learner_id, source_partition, source_offset""")) {
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(observation(rows));
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    void forEachOfNextLearners(Connection connection, String afterLearner, int learners,
            Consumer<StoredAnswer> sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select event_id, learner_id, item_id, skill_codes, correct, answered_at, prior_difficulty,
                       attempt_number, guess_floor, purpose is not null, source_partition, source_offset
                from answer
                where learner_id in (select distinct learner_id from answer where learner_id > ?
                                     order by learner_id limit ?)
                order by learner_id, source_partition, source_offset""")) {
            statement.setString(1, afterLearner);
            statement.setInt(2, learners);
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new StoredAnswer(observation(rows), rows.getBoolean(10),
                            new AnswerPosition(rows.getInt(11), rows.getLong(12))));
                }
            }
        }
    }

    Optional<AnswerPosition> lastPosition(Connection connection, String learnerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select source_partition, source_offset from answer where learner_id = ?
                order by source_partition desc, source_offset desc limit 1""")) {
            statement.setString(1, learnerId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new AnswerPosition(rows.getInt(1), rows.getLong(2)))
                        : Optional.empty();
            }
        }
    }

    private static AnswerObservation observation(ResultSet rows) throws SQLException {
        Array skills = rows.getArray(4);
        return new AnswerObservation(rows.getString(1), rows.getString(2), rows.getString(3), Sql.texts(skills),
                rows.getBoolean(5), rows.getTimestamp(6).toInstant(), rows.getDouble(7), rows.getInt(8),
                rows.getDouble(9));
    }

    long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from answer");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
