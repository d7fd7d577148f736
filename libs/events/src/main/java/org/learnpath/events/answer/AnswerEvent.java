package org.learnpath.events.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.learnpath.events.Text;

/**
 * One graded answer (schema: {@code schemas/answer-event-v1.schema.json}), published on
 * {@link AnswerTopic#NAME} keyed by learner id so that one learner's answers stay in order. The event id is
 * fixed when the answer is stored: a redelivered event carries the same id, which is how consumers
 * recognise it.
 *
 * <p>{@code organization} (revision 1.1) is the alias of the learner's organization, from the token of the request
 * that stored the answer; {@code null} in events written before revision 1.1, which consumers still read.
 *
 * <p>{@code guessFloor} (revision 1.2) is P(correct) of a blind pick given the item's format, as the assessment
 * grades it (single choice among k options: 1/k; numeric and short text answers: 0), which caps what one right
 * answer can prove; {@code null} when the producer does not know it, as in every event before revision 1.2, which
 * consumers read as 0, no floor.
 *
 * <p>{@code purpose} (revision 1.3) says what the answer was given for when it was not study or practice:
 * {@link Purpose#PLACEMENT} for an answer in a placement assessment, which measures what the learner already knows and
 * teaches nothing, so a consumer tracing knowledge must not count it as a learning opportunity. {@code null} (absent)
 * is an ordinary answer, as in every event before revision 1.3.
 */
public record AnswerEvent(
        int schemaVersion,
        UUID eventId,
        String learnerId,
        UUID itemId,
        long itemVersion,
        List<String> skillCodes,
        boolean correct,
        double score,
        long responseTimeMillis,
        Instant answeredAt,
        UUID sessionId,
        UUID attemptId,
        int attemptNumber,
        Source source,
        double itemPriorDifficulty,
        String organization,
        Double guessFloor,
        Purpose purpose) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/answer-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.assessment.answer.graded";

    public enum Source {
        LEARNER,
        INTEGRATION
    }

    /** What an answer was given for, when not study or practice (revision 1.3). */
    public enum Purpose {
        /** An answer in a placement assessment: evidence of prior knowledge, not a learning opportunity. */
        PLACEMENT
    }

    /** An event of revision 1.0, which names no organization. */
    public AnswerEvent(int schemaVersion, UUID eventId, String learnerId, UUID itemId, long itemVersion,
            List<String> skillCodes, boolean correct, double score, long responseTimeMillis, Instant answeredAt,
            UUID sessionId, UUID attemptId, int attemptNumber, Source source, double itemPriorDifficulty) {
        this(schemaVersion, eventId, learnerId, itemId, itemVersion, skillCodes, correct, score, responseTimeMillis,
                answeredAt, sessionId, attemptId, attemptNumber, source, itemPriorDifficulty, null, null, null);
    }

    /** An event of revision 1.1, which says nothing of the item's guessing floor. */
    public AnswerEvent(int schemaVersion, UUID eventId, String learnerId, UUID itemId, long itemVersion,
            List<String> skillCodes, boolean correct, double score, long responseTimeMillis, Instant answeredAt,
            UUID sessionId, UUID attemptId, int attemptNumber, Source source, double itemPriorDifficulty,
            String organization) {
        this(schemaVersion, eventId, learnerId, itemId, itemVersion, skillCodes, correct, score, responseTimeMillis,
                answeredAt, sessionId, attemptId, attemptNumber, source, itemPriorDifficulty, organization, null,
                null);
    }

    /** An event of revision 1.2, which names no purpose: an ordinary answer. */
    public AnswerEvent(int schemaVersion, UUID eventId, String learnerId, UUID itemId, long itemVersion,
            List<String> skillCodes, boolean correct, double score, long responseTimeMillis, Instant answeredAt,
            UUID sessionId, UUID attemptId, int attemptNumber, Source source, double itemPriorDifficulty,
            String organization, Double guessFloor) {
        this(schemaVersion, eventId, learnerId, itemId, itemVersion, skillCodes, correct, score, responseTimeMillis,
                answeredAt, sessionId, attemptId, attemptNumber, source, itemPriorDifficulty, organization, guessFloor,
                null);
    }

    /** Whether this answer was given in a placement assessment (revision 1.3). */
    public boolean placement() {
        return purpose == Purpose.PLACEMENT;
    }

    public AnswerEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(source, "source");
        skillCodes = List.copyOf(skillCodes);
        if (skillCodes.isEmpty()) {
            throw new IllegalArgumentException("An answer measures at least one skill");
        }
        // Ids are stored as text by every consumer: text PostgreSQL refuses (NUL) or UTF-8 cannot encode (a lone
        // surrogate) would fail the consumer's transaction at every delivery.
        if (answeredAt.isBefore(EARLIEST) || !answeredAt.isBefore(LATEST)) {
            throw new IllegalArgumentException("answeredAt must be within the years 1970 to 9999");
        }
        requireStorable("learnerId", learnerId);
        skillCodes.forEach(code -> requireStorable("skillCodes", code));
        if (organization != null && !ORGANIZATION.matcher(organization).matches()) {
            throw new IllegalArgumentException("organization must be an organization alias");
        }
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attemptNumber must be >= 1");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]");
        }
        // A format that is always right proves nothing, and the learner model refuses a floor of 1.
        if (guessFloor != null && !(guessFloor >= 0 && guessFloor < 1)) {
            throw new IllegalArgumentException("guessFloor must be within [0, 1), was " + guessFloor);
        }
    }

    /** The range of answer times: RFC 3339 has four-digit years, and no answer predates 1970. */
    public static final Instant EARLIEST = Instant.EPOCH;
    public static final Instant LATEST = java.time.LocalDate.of(10_000, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /** The most characters an id of a learner or a skill code holds (the schema's maxLength, the columns' size). */
    public static final int MAX_ID_LENGTH = 255;

    /** An organization alias (the schema's pattern for {@code organization}). */
    public static final java.util.regex.Pattern ORGANIZATION =
            java.util.regex.Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static void requireStorable(String field, String value) {
        if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " must have 1 to " + MAX_ID_LENGTH + " characters");
        }
        String forbidden = Text.firstForbidden(value);
        if (forbidden != null) {
            throw new IllegalArgumentException(field + " must not contain " + forbidden);
        }
    }
}
