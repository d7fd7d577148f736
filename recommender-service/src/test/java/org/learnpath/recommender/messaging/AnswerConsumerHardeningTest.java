package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Management;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TopicReader;

/**
 * Whatever bytes arrive on the answer topic, each record is applied or dead-lettered and consumption goes on; a dead
 * letter stays small whatever it carries; readiness tells when a partition stops making progress.
 */
@QuarkusTest
@LearnPathTestResources
class AnswerConsumerHardeningTest {

    private static final String DLQ = "learnpath.answers.v1.dlq.recommender";
    /** Every hostile record goes to this partition, ahead of a valid one, which must still be applied. */
    private static final int PARTITION = 0;
    /** A dead letter, escaped as JSON, never holds more than 4,096 characters of key and value, six bytes each. */
    private static final int MAX_LETTER_BYTES = 64 * 1024;

    Curriculum curriculum;
    String skill;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("hard" + UUID.randomUUID().toString().substring(0, 6));
        skill = curriculum.skills().get(0);
    }

    private AnswerEvent valid(String learner) {
        return answer(learner, curriculum.items().get(skill).get(0), skill, true, Instant.now());
    }

    private static ProducerRecord<String, String> at0(String key, String value) {
        return new ProducerRecord<>(AnswerTopic.NAME, PARTITION, key, value);
    }

    @Test
    void poisonKeysValuesAndHeadersAreDeadLetteredBoundedAndConsumptionGoesOn() {
        String learner = "learner-" + UUID.randomUUID();
        // A learner id holding NUL passed the readers and the schema, then failed the insert at every delivery.
        String nulLearner = "nul" + UUID.randomUUID();
        String withNul = EventJson.write(valid(nulLearner)).replace(nulLearner, "nul\\u0000x");
        // A key too long for the dead letter's own key column, holding NUL too.
        String longKey = "k".repeat(300) + "\u0000";
        // A value whose escaped copy was several times the producer's max.request.size.
        String huge = "\u0001".repeat(600_000);
        // The key names another learner than the value: it would be applied in another lane, out of order.
        AnswerEvent otherLearner = valid("learner-" + UUID.randomUUID());
        ProducerRecord<String, String> badHeaders = at0(learner + "-h", "{");
        badHeaders.headers().add(new RecordHeader("traceparent", (byte[]) null));
        badHeaders.headers().add(new RecordHeader("ce_type", new byte[] { (byte) 0xff, 0, (byte) 0xfe }));
        AnswerEvent sentinel = valid(learner);
        ProducerRecord<String, String> validWithBadTrace = new ProducerRecord<>(AnswerTopic.NAME, PARTITION,
                sentinel.learnerId(), EventJson.write(sentinel), new RecordHeaders(
                        List.of(new RecordHeader("traceparent", "00-zz-\u0000".getBytes(StandardCharsets.UTF_8)))));

        var sent = Fixtures.send(List.of(at0("nul\u0000x", withNul), at0(longKey, "[1,2"), at0(learner + "-big", huge),
                at0(learner, EventJson.write(otherLearner)), badHeaders, validWithBadTrace));

        awaitCount("select count(*) from answer where event_id = ?", 1, sentinel.eventId());
        Map<Long, ConsumerRecord<String, String>> letters = awaitLetters(
                sent.subList(0, 5).stream().map(m -> m.offset()).toList());
        assertThat(count("select count(*) from answer where learner_id like 'nul%'")).isZero();
        assertThat(count("select count(*) from answer where event_id = ?", otherLearner.eventId())).isZero();
        letters.values().forEach(r -> assertThat(r.value().getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(MAX_LETTER_BYTES));

        List<DeadLetter> read = letters.values().stream().map(r -> EventJson.read(r.value(), DeadLetter.class)).toList();
        DeadLetter big = read.stream().filter(l -> l.valueLength() == 600_000).findFirst().orElseThrow();
        assertThat(big.value()).hasSize(4096).matches("\uFFFD+");
        assertThat(big.valueSha256()).hasSize(64);
        DeadLetter longKeyed = read.stream().filter(l -> l.keyLength() == 301).findFirst().orElseThrow();
        assertThat(longKeyed.key()).hasSize(301).endsWith("\uFFFD");
        assertThat(read).anySatisfy(l -> assertThat(l.reason()).contains("key is not the answer's learnerId"));
        assertThat(read).anySatisfy(l -> assertThat(l.reason()).contains("learnerId"));
        // Nothing stuck behind them in the outbox, and the service still ready.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from outbox_event") == 0);
        Management.given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndTheRestOfItsBatchIsApplied() throws Exception {
        String prefix = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        // Stands for any value the parser lets through and PostgreSQL refuses (SQLState class 23 here, 22 alike).
        execute("alter table answer add constraint test_refused check (learner_id not like '" + prefix + "%') not valid");
        try {
            AnswerEvent before = valid("learner-" + UUID.randomUUID());
            AnswerEvent refused = valid(prefix + "-x");
            AnswerEvent after = valid("learner-" + UUID.randomUUID());
            double isolatedBefore = isolatedBatches();
            Fixtures.send(List.of(at0(before.learnerId(), EventJson.write(before)),
                    at0(refused.learnerId(), EventJson.write(refused)), at0(after.learnerId(), EventJson.write(after))));

            awaitCount("select count(*) from answer where event_id = ?", 1, after.eventId());
            assertThat(count("select count(*) from answer where event_id = ?", before.eventId())).isEqualTo(1);
            assertThat(count("select count(*) from answer where event_id = ?", refused.eventId())).isZero();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(DLQ).stream()
                    .anyMatch(r -> refused.learnerId().equals(r.key())));
            DeadLetter letter = TopicReader.readAll(DLQ).stream().filter(r -> refused.learnerId().equals(r.key()))
                    .map(r -> EventJson.read(r.value(), DeadLetter.class)).findFirst().orElseThrow();
            assertThat(letter.reason()).startsWith("cannot be applied").contains("test_refused");
            assertThat(isolatedBatches()).isGreaterThan(isolatedBefore);
        } finally {
            execute("alter table answer drop constraint test_refused");
        }
    }

    @Test
    void readinessGoesDownWhileAPartitionWithWaitingRecordsMakesNoProgressAndUpOnceItDoes() throws Exception {
        AnswerEvent waiting = valid("learner-" + UUID.randomUUID());
        try (Connection blocker = PostgresResource.connect()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                // The consumer's insert waits behind this lock: the partition has a record and makes no progress.
                s.execute("lock table answer in access exclusive mode");
            }
            Fixtures.sendAnswers(List.of(waiting));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                    Management.given().get("/q/health/ready").statusCode() == 503);
            Management.given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'answer-consumer' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
            blocker.rollback();
        }
        awaitCount("select count(*) from answer where event_id = ?", 1, waiting.eventId());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                Management.given().get("/q/health/ready").statusCode() == 200);
    }

    /**
     * Seeded hostile records (keys, values and headers) on every partition, then one valid answer per partition: every
     * valid answer is applied, every hostile record is either applied whole or dead-lettered (never both, never
     * neither), and every dead letter is bounded.
     */
    @Test
    void hostileRecordsNeverStopConsumptionAndEachIsAppliedOrDeadLettered() {
        long seed = Long.getLong("learnpath.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        String message = "record fuzz seed " + seed + " (rerun with -Dlearnpath.fuzz.seed=" + seed + ")";
        int partitions = 6;
        List<ProducerRecord<String, String>> hostile = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            hostile.add(hostileRecord(random, i % partitions));
        }
        List<AnswerEvent> sentinels = new ArrayList<>();
        List<ProducerRecord<String, String>> all = new ArrayList<>(hostile);
        for (int p = 0; p < partitions; p++) {
            AnswerEvent sentinel = valid("sentinel-" + UUID.randomUUID());
            sentinels.add(sentinel);
            all.add(new ProducerRecord<>(AnswerTopic.NAME, p, sentinel.learnerId(), EventJson.write(sentinel)));
        }
        var sent = Fixtures.send(all);

        for (AnswerEvent sentinel : sentinels) {
            Awaitility.await(message).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count("select count(*) from answer where event_id = ?", sentinel.eventId()) == 1);
        }
        Map<String, ConsumerRecord<String, String>> letters = new HashMap<>();
        Awaitility.await(message).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            letters.clear();
            for (ConsumerRecord<String, String> r : TopicReader.readAll(DLQ)) {
                DeadLetter letter = EventJson.read(r.value(), DeadLetter.class);
                letters.put(letter.partition() + "@" + letter.offset(), r);
            }
            long settled = 0;
            for (int i = 0; i < hostile.size(); i++) {
                String at = sent.get(i).partition() + "@" + sent.get(i).offset();
                boolean applied = count("select count(*) from answer where source_partition = ? and source_offset = ?",
                        sent.get(i).partition(), sent.get(i).offset()) == 1;
                if (applied != letters.containsKey(at)) {
                    settled++;
                }
            }
            return settled == hostile.size();
        });
        letters.values().forEach(r -> assertThat(r.value().getBytes(StandardCharsets.UTF_8).length).as(message)
                .isLessThan(MAX_LETTER_BYTES));
        Management.given().get("/q/health/ready").then().statusCode(200);
    }

    /** A record an attacker or a broken producer could write: each a different kind of wrong. */
    private ProducerRecord<String, String> hostileRecord(Random random, int partition) {
        String learner = "fuzz-" + UUID.randomUUID();
        String event = EventJson.write(valid(learner));
        String key = learner;
        String value = switch (random.nextInt(22)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "{";
            case 3 -> randomText(random, 1 + random.nextInt(2000));
            case 4 -> event.replace(learner, "a\\u0000" + learner);
            case 5 -> event.replace(learner, "\\ud800" + learner);
            case 6 -> event.replace(learner, "x".repeat(300));
            case 7 -> event.replaceFirst("\"skillCodes\":\\[[^]]*]", "\"skillCodes\":[]");
            case 8 -> event.replaceFirst("\"skillCodes\":\\[[^]]*]", "\"skillCodes\":[null]");
            case 9 -> event.replaceFirst("\"score\":[0-9.]+", "\"score\":1e400");
            case 10 -> event.replaceFirst("\"attemptNumber\":[0-9]+", "\"attemptNumber\":0");
            case 11 -> event.replaceFirst("\"attemptNumber\":[0-9]+", "\"attemptNumber\":1e30");
            case 12 -> event.replaceFirst("\"answeredAt\":\"[^\"]+\"", "\"answeredAt\":\"+99999-01-01T00:00:00Z\"");
            case 13 -> event.replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"x\"");
            case 14 -> "[".repeat(50_000) + "]".repeat(50_000);
            case 15 -> event.replaceFirst("\\{", "{\"learnerId\":\"dup\",");
            case 16 -> event.replaceFirst("\"itemPriorDifficulty\":[-0-9.E]+", "\"itemPriorDifficulty\":\"NaN\"");
            case 17 -> "\u0000".repeat(200_000);
            case 18 -> event.replaceFirst("\\{", "{\"extra\":{\"deep\":[1,2,{\"x\":\"\\u0000\"}]},");
            case 19 -> event.replaceFirst("\"itemId\":\"[^\"]+\"", "\"itemId\":\"" + UUID.randomUUID() + "\"");
            case 20 -> {
                key = randomText(random, random.nextInt(400));
                yield event;
            }
            default -> event;
        };
        if (random.nextInt(8) == 0) {
            key = random.nextBoolean() ? null : "\uD800" + key;
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(AnswerTopic.NAME, partition, key, value);
        if (random.nextInt(4) == 0) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            record.headers().add(new RecordHeader(random.nextBoolean() ? "traceparent" : "ce_id", bytes));
        }
        if (random.nextInt(10) == 0) {
            record.headers().add(new RecordHeader("traceparent", (byte[]) null));
        }
        return record;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
        }
        return text.toString();
    }

    /** The dead letters of the records at these offsets of {@link #PARTITION}, once all are there. */
    private static Map<Long, ConsumerRecord<String, String>> awaitLetters(List<Long> offsets) {
        Map<Long, ConsumerRecord<String, String>> byOffset = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            byOffset.clear();
            for (ConsumerRecord<String, String> r : TopicReader.readAll(DLQ)) {
                DeadLetter letter = EventJson.read(r.value(), DeadLetter.class);
                if (letter.partition() == PARTITION && offsets.contains(letter.offset())) {
                    byOffset.put(letter.offset(), r);
                }
            }
            return byOffset.size() == offsets.size();
        });
        return byOffset;
    }

    private static double isolatedBatches() {
        return Metrics.value("learnpath_answers_consumer_isolated_batches").orElse(0);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
