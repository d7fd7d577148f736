package org.learnpath.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learnpath.events.EventJson;
import org.learnpath.events.TimeOrderedIds;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;

/**
 * Recommender throughput: writes EVENTS answer events (the real contract, seeded skill codes) to the answer topic
 * as fast as the producer goes, then watches the recommender's applied-answers counter until all of them are
 * applied and persisted, and reports the rate between the first and the last applied answer. The events are
 * written in one Kafka transaction, and the recommender reads committed records only: it sees the whole flood at
 * once when it commits, a backlog, so the figure is its maximum rate, and the producer's CPU is not in the window.
 *
 * <p>Usage: AnswerFlood --mode produce --bootstrap host:port --topic T --events N --learners L --prefix P
 * (learner ids are P0 .. P(L-1)); then AnswerFlood --mode watch --events N --metrics http://host:port/q/metrics
 * (the recommender's management port, 9083 by default, not its API port)
 */
public final class AnswerFlood {

    private static final Pattern APPLIED = Pattern.compile(
            // With tracing on, a sample may end with an exemplar ("# {trace_id=...} 1.0 <time>").
            "(?m)^learnpath_answers_applied_total(?:\\{[^}]*\\})? ([0-9.eE+]+)(?: #.*)?$");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:19092");
        int events = Integer.parseInt(options.getOrDefault("events", "300000"));
        int learners = Integer.parseInt(options.getOrDefault("learners", "20000"));
        String topic = options.getOrDefault("topic", AnswerTopic.NAME);
        String mode = options.getOrDefault("mode", "produce");
        URI metrics = URI.create(options.getOrDefault("metrics", "http://localhost:9083/q/metrics"));
        HttpClient http = HttpClient.newHttpClient();
        if (mode.equals("watch")) {
            watch(http, metrics, events, Long.parseLong(options.getOrDefault("from", "0")));
            return;
        }
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 6, (short) 1)))
                        .all().get();
            }
        }
        List<String> skills = org.learnpath.bench.jmh.SeedCatalog.load().skills().stream()
                .map(org.learnpath.learner.CatalogGraph.Skill::code).toList();

        Random random = new Random(1);
        UUID[] items = new UUID[500];
        for (int i = 0; i < items.length; i++) {
            items[i] = new UUID(random.nextLong(), random.nextLong());
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        if (seed != 1) {
            // Same items, other answers (and event ids): a second flood to the same topic, e.g. after a warm-up.
            random = new Random(seed);
        }
        String prefix = options.getOrDefault("prefix", "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-");
        long produceStart = System.nanoTime();
        long bytes = 0;
        // One Kafka transaction for the whole flood: the recommender reads committed records only, so it sees
        // nothing until the commit and then every event at once, a true backlog. Without it, the instance applied
        // events while the producer still ran (and took more than a core), and the watch measured only the tail.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "linger.ms", 20, "batch.size", 262_144, "compression.type", "none",
                "transactional.id", prefix + "flood-" + seed, "transaction.timeout.ms", 600_000),
                new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            Instant t = Instant.now().minusSeconds(events);
            for (int i = 0; i < events; i++) {
                String learner = prefix + random.nextInt(learners);
                int item = random.nextInt(items.length);
                String skill = skills.get(item % skills.size());
                AnswerEvent event = new AnswerEvent(AnswerEvent.SCHEMA_VERSION, TimeOrderedIds.next(), learner, items[item],
                        1, List.of(skill), random.nextDouble() < 0.65, 1, 4_000, t.plusMillis(i), null,
                        TimeOrderedIds.next(), 1, AnswerEvent.Source.LEARNER, (item % 9 - 4) / 2.0);
                String value = EventJson.write(event);
                bytes += value.length();
                producer.send(new ProducerRecord<>(topic, learner, value));
            }
            producer.commitTransaction();
        }
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
        System.out.printf(Locale.ROOT, "produced %d events (%.0f bytes each on average) in %.1f s (%.0f/s)%n",
                events, bytes / (double) events, produceSeconds, events / produceSeconds);
    }

    /**
     * Samples the recommender's applied-answers counter until it reaches {@code events}; the rate is measured from
     * the last sample before it moved to the one that reached the end.
     */
    private static void watch(HttpClient http, URI metrics, int events, long from) throws Exception {
        List<double[]> samples = new ArrayList<>();
        long deadline = System.nanoTime() + 900_000_000_000L;
        while (System.nanoTime() < deadline) {
            double now;
            try {
                now = applied(http, metrics);
            } catch (java.io.IOException notUpYet) {
                Thread.sleep(200);
                continue;
            }
            samples.add(new double[] {System.nanoTime() / 1e9, now});
            if (now >= events) {
                break;
            }
            Thread.sleep(pause(samples, events, from));
        }
        int first = 0;
        while (first < samples.size() && samples.get(first)[1] <= from) {
            first++;
        }
        double[] start = samples.get(Math.max(0, first - 1));
        double[] end = samples.get(samples.size() - 1);
        double seconds = end[0] - start[0];
        System.out.printf(Locale.ROOT, "recommender applied and persisted %.0f of %d events in %.1f s: %.0f events/s%n",
                end[1] - start[1], events - from, seconds, (end[1] - start[1]) / seconds);
    }

    /**
     * Rendering the recommender's metrics costs it CPU (they are over 100 KB), so they are read about once a second
     * while far from the end, and every 50 ms near it, where the end time is decided.
     */
    private static long pause(List<double[]> samples, int events, long from) {
        double[] last = samples.get(samples.size() - 1);
        if (last[1] <= from) {
            return 50; // the backlog is not visible yet: its start is measured to within this pause
        }
        if (samples.size() < 2) {
            return 200;
        }
        double[] before = samples.get(samples.size() - 2);
        double rate = (last[1] - before[1]) / (last[0] - before[0]);
        double secondsLeft = rate > 0 ? (events - last[1]) / rate : 1;
        return Math.max(50, Math.min(1_000, (long) (secondsLeft * 1_000 / 2)));
    }

    private static double applied(HttpClient http, URI metrics) throws Exception {
        String body = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = APPLIED.matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
