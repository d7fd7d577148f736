package org.learnpath.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * A record fuzz run against a consumer that keeps a replica of a topic: seeded {@link HostileRecords} produced to the
 * real broker, spread over every partition, then a valid sentinel record per partition. It checks that
 * <ul>
 *   <li>consumption goes on: every sentinel is applied;</li>
 *   <li>nothing hostile is applied, even in part: the replica outside the fuzz namespace is exactly as before, and
 *       inside it holds the sentinels and nothing else;</li>
 *   <li>every hostile record with a value has exactly one dead letter, a null value none, and every dead letter is
 *       smaller than the bound.</li>
 * </ul>
 * A failure names the seed, which replays the run ({@code -Dlearnpath.fuzz.seed}).
 */
public final class ReplicaFuzz {

    /** A record by its key and JSON value. */
    public record Valid(String key, String json) {
    }

    /**
     * @param sample            a valid record of an entity of the fuzz namespace that must never reach the replica
     *                          (the hostile records are derived from it)
     * @param otherKeys         keys of entities outside the namespace that exist in the replica
     * @param sentinel          a valid record of a new entity of the namespace, from a unique name
     * @param namespaceKeys     the keys of the replica's entries in the fuzz namespace
     * @param outsideNamespace  everything else in the replica, as text: must not change
     * @param deadLetterBound   largest acceptable dead letter, key, value and headers together, in bytes
     */
    public record Target(String topic, String deadLetterTopic, Function<Random, Valid> sample, List<String> otherKeys,
            Function<String, Valid> sentinel, Supplier<Set<String>> namespaceKeys, Supplier<String> outsideNamespace,
            long deadLetterBound) {
    }

    /** What a run produced, for further checks by the caller. */
    public record Report(int hostile, int tombstones, int deadLetters, long largestDeadLetter) {
    }

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(90);

    private ReplicaFuzz() {
    }

    public static Report run(Target target, long seed, int count) {
        try {
            return fuzz(target, seed, count);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Record fuzz of " + target.topic() + " failed with seed " + seed
                    + " (replay with -Dlearnpath.fuzz.seed=" + seed + "): " + e.getMessage(), e);
        }
    }

    private static Report fuzz(Target target, long seed, int count) {
        Random random = new Random(seed);
        int partitions = partitions(target.topic());
        Set<String> sentinels = new TreeSet<>();
        // Whatever earlier tests left in the topic is applied before the replica's state is taken.
        sentinels.addAll(sendSentinels(target, partitions, "a" + Long.toHexString(random.nextLong())));
        String before = target.outsideNamespace().get();

        HostileRecords maker = new HostileRecords(random.nextLong());
        List<HostileRecords.Hostile> hostile = new ArrayList<>();
        int[] spread = new int[count];
        for (int i = 0; i < count; i++) {
            Valid sample = target.sample().apply(random);
            hostile.add(maker.next(sample.key(), sample.json(), target.otherKeys()));
            spread[i] = i % partitions;
        }
        List<RecordMetadata> landed = HostileRecords.send(target.topic(), hostile, spread);
        sentinels.addAll(sendSentinels(target, partitions, "z" + Long.toHexString(random.nextLong())));

        Set<String> inNamespace = target.namespaceKeys().get();
        check(inNamespace.equals(sentinels), "the fuzz namespace holds " + inNamespace + ", not only the sentinels "
                + sentinels);
        String after = target.outsideNamespace().get();
        check(before.equals(after), "the replica outside the fuzz namespace changed:\nbefore " + abbreviate(before)
                + "\nafter  " + abbreviate(after));

        Map<String, HostileRecords.Hostile> byOffset = new HashMap<>();
        int tombstones = 0;
        for (int i = 0; i < hostile.size(); i++) {
            byOffset.put(landed.get(i).partition() + "@" + landed.get(i).offset(), hostile.get(i));
            tombstones += hostile.get(i).tombstone() ? 1 : 0;
        }
        int expected = hostile.size() - tombstones;
        List<ConsumerRecord<String, String>> letters = awaitDeadLetters(target, byOffset.keySet(), expected);
        Set<String> lettered = new HashSet<>();
        long largest = 0;
        for (ConsumerRecord<String, String> letter : letters) {
            String at = header(letter, "dead-letter-partition") + "@" + header(letter, "dead-letter-offset");
            HostileRecords.Hostile source = byOffset.get(at);
            check(source != null, "dead letter of an unknown record " + at);
            check(!source.tombstone(), "a null value was dead-lettered instead of ignored: " + source);
            check(lettered.add(at), "two dead letters for " + source);
            long size = size(letter);
            largest = Math.max(largest, size);
            check(size <= target.deadLetterBound(), "a dead letter of " + size + " bytes, above the bound of "
                    + target.deadLetterBound() + ", for " + source);
        }
        check(lettered.size() == expected, lettered.size() + " dead letters for " + expected
                + " refused records; missing: " + missing(byOffset, lettered));
        return new Report(hostile.size(), tombstones, letters.size(), largest);
    }

    /** One sentinel per partition, each sent to its partition; returns their keys once all are applied. */
    private static Set<String> sendSentinels(Target target, int partitions, String run) {
        List<HostileRecords.Hostile> records = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        int[] spread = new int[partitions];
        for (int p = 0; p < partitions; p++) {
            Valid valid = target.sentinel().apply(run + "-" + p);
            keys.add(valid.key());
            records.add(new HostileRecords.Hostile("sentinel", valid.key().getBytes(StandardCharsets.UTF_8),
                    valid.json().getBytes(StandardCharsets.UTF_8), List.of()));
            spread[p] = p;
        }
        HostileRecords.send(target.topic(), records, spread);
        long deadline = System.nanoTime() + APPLIED_WITHIN.toNanos();
        while (!target.namespaceKeys().get().containsAll(keys)) {
            check(System.nanoTime() < deadline, "consumption stopped: the sentinels " + keys + " were not applied within "
                    + APPLIED_WITHIN.toSeconds() + " s (applied: " + target.namespaceKeys().get() + ")");
            sleep(100);
        }
        return keys;
    }

    private static List<ConsumerRecord<String, String>> awaitDeadLetters(Target target, Set<String> ours, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> letters = new ArrayList<>();
            if (exists(target.deadLetterTopic())) {
                for (ConsumerRecord<String, String> r : TopicReader.readAll(target.deadLetterTopic())) {
                    String at = header(r, "dead-letter-partition") + "@" + header(r, "dead-letter-offset");
                    if (target.topic().equals(header(r, "dead-letter-topic")) && ours.contains(at)) {
                        letters.add(r);
                    }
                }
            }
            if (letters.size() >= expected || System.nanoTime() > deadline) {
                return letters;
            }
            sleep(200);
        }
    }

    private static List<String> missing(Map<String, HostileRecords.Hostile> byOffset, Set<String> lettered) {
        List<String> missing = new ArrayList<>();
        byOffset.forEach((at, record) -> {
            if (!record.tombstone() && !lettered.contains(at)) {
                missing.add(at + " " + record);
            }
        });
        return missing;
    }

    private static long size(ConsumerRecord<String, String> record) {
        long size = Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
        for (Header h : record.headers()) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int partitions(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot describe " + topic, e);
        }
    }

    private static boolean exists(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            return admin.listTopics().names().get().contains(topic);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list topics", e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
