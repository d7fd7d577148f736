package org.learnpath.assessment.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.Response;
import org.learnpath.events.answer.AnswerEvent;

/**
 * The attempts, in plain JDBC: new ones stored with one statement on the transaction's own connection, since
 * persisting them one entity at a time took about as much CPU as the rest of a batch request together (Hibernate's
 * insert path per row); attempts are never changed after they are stored, so nothing is lost by leaving them out of a
 * persistence context. The table's columns are mapped here once ({@link #COLUMNS}, {@link #read}), for writes and
 * reads alike.
 */
@ApplicationScoped
public class AttemptRepository {

    /** Every column of the attempt table, in the order {@link #insertAll} binds them and {@link #read} reads them. */
    private static final String COLUMNS = """
            id, learner_id, session_id, item_id, item_version, response, correct, score, response_time_ms, answered_at,
            recorded_at, attempt_number, source, recorded_by, idempotency_key, event_id, organization, purpose""";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public AttemptRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** @throws AttemptConflict if an attempt's Idempotency-Key or attempt number is taken already */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAll(List<Attempt> attempts) {
        int n = attempts.size();
        if (n == 0) {
            return;
        }
        UUID[] ids = new UUID[n];
        String[] learners = new String[n];
        UUID[] sessions = new UUID[n];
        UUID[] items = new UUID[n];
        Long[] itemVersions = new Long[n];
        String[] responses = new String[n];
        Boolean[] correct = new Boolean[n];
        Double[] scores = new Double[n];
        Long[] responseTimes = new Long[n];
        String[] answeredAt = new String[n];
        String[] recordedAt = new String[n];
        Integer[] numbers = new Integer[n];
        String[] sources = new String[n];
        String[] recordedBy = new String[n];
        String[] idempotencyKeys = new String[n];
        UUID[] eventIds = new UUID[n];
        String[] organizations = new String[n];
        String[] purposes = new String[n];
        for (int i = 0; i < n; i++) {
            Attempt a = attempts.get(i);
            ids[i] = a.id;
            learners[i] = a.learnerId;
            sessions[i] = a.sessionId;
            items[i] = a.itemId;
            itemVersions[i] = a.itemVersion;
            responses[i] = write(a);
            correct[i] = a.correct;
            scores[i] = a.score;
            responseTimes[i] = a.responseTimeMillis;
            answeredAt[i] = a.answeredAt.toString();
            recordedAt[i] = a.recordedAt.toString();
            numbers[i] = a.attemptNumber;
            sources[i] = a.source.name();
            recordedBy[i] = a.recordedBy;
            idempotencyKeys[i] = a.idempotencyKey;
            eventIds[i] = a.eventId;
            organizations[i] = a.organization;
            purposes[i] = a.purpose == null ? null : a.purpose.name();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("insert into attempt (" + COLUMNS + ")\n" + """
                         select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::bigint[], ?::jsonb[],
                                             ?::boolean[], ?::float8[], ?::bigint[], ?::timestamptz[],
                                             ?::timestamptz[], ?::int[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                                             ?::text[], ?::text[])""")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("text", learners));
            statement.setArray(3, connection.createArrayOf("uuid", sessions));
            statement.setArray(4, connection.createArrayOf("uuid", items));
            statement.setArray(5, connection.createArrayOf("bigint", itemVersions));
            statement.setArray(6, connection.createArrayOf("text", responses));
            statement.setArray(7, connection.createArrayOf("boolean", correct));
            statement.setArray(8, connection.createArrayOf("float8", scores));
            statement.setArray(9, connection.createArrayOf("bigint", responseTimes));
            statement.setArray(10, connection.createArrayOf("text", answeredAt));
            statement.setArray(11, connection.createArrayOf("text", recordedAt));
            statement.setArray(12, connection.createArrayOf("int4", numbers));
            statement.setArray(13, connection.createArrayOf("text", sources));
            statement.setArray(14, connection.createArrayOf("text", recordedBy));
            statement.setArray(15, connection.createArrayOf("text", idempotencyKeys));
            statement.setArray(16, connection.createArrayOf("uuid", eventIds));
            statement.setArray(17, connection.createArrayOf("text", organizations));
            statement.setArray(18, connection.createArrayOf("text", purposes));
            statement.executeUpdate();
        } catch (SQLException e) {
            // A racing retry (the idempotency index) or a writer that did not wait its turn (the numbering index):
            // the caller answers these; anything else is a failure of the write.
            throw AttemptConflict.of(e).<RuntimeException>map(conflict -> conflict)
                    .orElseGet(() -> new IllegalStateException("could not store attempts", e));
        }
    }

    /** A learner and an item they answer. */
    public record LearnerItem(String learnerId, UUID itemId) {
    }

    /** Attempts a learner already made at an item: {@code count} is the highest number stored. */
    public record PriorAttempts(String learnerId, UUID itemId, int count) {
    }

    /**
     * The stored attempts of each of these learner and item pairs, counted by their highest attempt number (pairs
     * without any are left out), after locking the learners' numbering for the rest of the transaction. Plain JDBC on
     * the transaction's connection: through Hibernate's native query this was about a tenth of the CPU of writing a
     * single answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PriorAttempts> priorAttempts(Collection<LearnerItem> pairs) {
        List<PriorAttempts> counts = new ArrayList<>();
        String[] learnerIds = new String[pairs.size()];
        UUID[] itemIds = new UUID[pairs.size()];
        int n = 0;
        for (LearnerItem pair : pairs) {
            learnerIds[n] = pair.learnerId();
            itemIds[n++] = pair.itemId();
        }
        try (Connection connection = dataSource.getConnection();
                // Until this transaction ends, no other transaction (thread or instance) numbers these learners'
                // attempts: one that counted now could not see this one's inserts and would choose the same
                // numbers. Taken in hash order, so that two transactions sharing learners cannot deadlock.
                PreparedStatement lock = connection.prepareStatement("""
                        select count(pg_advisory_xact_lock(?, h))
                        from (select distinct hashtext(l) as h from unnest(?::text[]) as l order by 1) as learners""");
                // One step down the unique index's last entry per pair. An aggregate (max ... group by) read every
                // earlier attempt of the pair instead: with 975 attempts of one learner at one item that was 1.3 ms
                // a call, the most expensive statement of an answer, and it grew with every answer.
                PreparedStatement statement = connection.prepareStatement("""
                        select x.l, x.i, (select a.attempt_number from attempt a
                                          where a.learner_id = x.l and a.item_id = x.i
                                          order by a.attempt_number desc limit 1)
                        from unnest(?::text[], ?::uuid[]) as x(l, i)""")) {
            lock.setInt(1, AdvisoryLocks.ATTEMPT_NUMBERING);
            lock.setArray(2, connection.createArrayOf("text", learnerIds));
            lock.execute();
            statement.setArray(1, connection.createArrayOf("text", learnerIds));
            statement.setArray(2, connection.createArrayOf("uuid", itemIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int highest = rows.getInt(3);
                    if (!rows.wasNull()) {
                        counts.add(new PriorAttempts(rows.getString(1), rows.getObject(2, UUID.class), highest));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count earlier attempts", e);
        }
        return counts;
    }

    /** The attempt of this learner in this organization with this Idempotency-Key, if one is stored. */
    public Optional<Attempt> byIdempotencyKey(String learnerId, String organization, String idempotencyKey) {
        return select("where learner_id = ? and organization = ? and idempotency_key = ?", learnerId, organization,
                idempotencyKey).stream().findFirst();
    }

    /** A learner's attempts in an organization, newest first, a page at a time (pages from 0). */
    public List<Attempt> history(String learnerId, String organization, int page, int size) {
        return select("where learner_id = ? and organization = ? order by answered_at desc, id limit ? offset ?",
                learnerId, organization, size, (long) page * size);
    }

    /** Whether the learner has any attempt in the organization. */
    public boolean hasAny(String learnerId, String organization) {
        return !select("where learner_id = ? and organization = ? limit 1", learnerId, organization).isEmpty();
    }

    /** A session's attempts, in the order they were recorded. */
    public List<Attempt> ofSession(UUID sessionId) {
        return select("where session_id = ? order by recorded_at, id", sessionId);
    }

    /** How many answers the session took: all of them, or only those to {@code itemId} when it is not null. */
    public long countInSession(UUID sessionId, UUID itemId) {
        String sql = itemId == null ? "select count(*) from attempt where session_id = ?"
                : "select count(*) from attempt where session_id = ? and item_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, sessionId);
            if (itemId != null) {
                statement.setObject(2, itemId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the session's attempts", e);
        }
    }

    private List<Attempt> select(String condition, Object... parameters) {
        List<Attempt> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select " + COLUMNS + " from attempt " + condition)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attempts", e);
        }
        return found;
    }

    /** The attempt on the current row, its columns in the order of {@link #COLUMNS}. */
    private Attempt read(ResultSet rows) throws SQLException {
        Attempt a = new Attempt();
        a.id = rows.getObject(1, UUID.class);
        a.learnerId = rows.getString(2);
        a.sessionId = rows.getObject(3, UUID.class);
        a.itemId = rows.getObject(4, UUID.class);
        a.itemVersion = rows.getLong(5);
        a.response = response(rows.getString(6));
        a.correct = rows.getBoolean(7);
        a.score = rows.getDouble(8);
        a.responseTimeMillis = rows.getLong(9);
        a.answeredAt = rows.getObject(10, OffsetDateTime.class).toInstant();
        a.recordedAt = rows.getObject(11, OffsetDateTime.class).toInstant();
        a.attemptNumber = rows.getInt(12);
        a.source = AnswerEvent.Source.valueOf(rows.getString(13));
        a.recordedBy = rows.getString(14);
        a.idempotencyKey = rows.getString(15);
        a.eventId = rows.getObject(16, UUID.class);
        a.organization = rows.getString(17);
        String purpose = rows.getString(18);
        a.purpose = purpose == null ? null : AnswerEvent.Purpose.valueOf(purpose);
        return a;
    }

    private Response response(String stored) {
        try {
            return json.readValue(stored, Response.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response is not the JSON it was written as", e);
        }
    }

    private String write(Attempt attempt) {
        try {
            return json.writeValueAsString(attempt.response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response of attempt " + attempt.id + " cannot be written as JSON", e);
        }
    }
}
