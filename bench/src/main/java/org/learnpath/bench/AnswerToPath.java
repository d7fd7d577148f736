package org.learnpath.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Answer-to-path latency: at a fixed rate (open loop), each answer is POSTed for a new learner through the
 * assessment service's integration endpoint. Every {@code --probe-every}-th answer is a probe: the recommender's
 * path for its learner is read every {@code --poll-ms} until it counts the answer. The latency runs from the moment
 * the POST was due to the first path response that reflects it, so it includes grading, the outbox, Kafka, the
 * consumer's batch transaction and the path computation, plus up to one poll interval.
 *
 * <p>Only probes are polled because polling every answer measures the polling: at 200 answers/s, 5 ms polls and
 * half a second of latency that is 20,000 path reads a second, which slows the very path it waits for. With a
 * probe every 20 answers the reads stay near the answer rate, like a portal that shows the path after an answer.
 *
 * <p>Usage: AnswerToPath --rate 200 --duration 30 --warmup 5 --token T --items FILE --goal data-analyst
 * [--assessment http://localhost:8082] [--recommender http://localhost:8083] [--poll-ms 5] [--probe-every 20];
 * FILE holds one published single-choice item id per line, each measuring a skill of the goal.
 */
public final class AnswerToPath {

    private static final Pattern PRACTICE = Pattern.compile("\"practiceCount\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
        int duration = Integer.parseInt(o.getOrDefault("duration", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int pollMs = Integer.parseInt(o.getOrDefault("poll-ms", "5"));
        int probeEvery = Math.max(1, Integer.parseInt(o.getOrDefault("probe-every", "20")));
        String token = o.get("token");
        String goal = o.getOrDefault("goal", "data-analyst");
        String assessment = o.getOrDefault("assessment", "http://localhost:8082");
        String recommender = o.getOrDefault("recommender", "http://localhost:8083");
        List<String> items = Files.readAllLines(Path.of(o.get("items"))).stream().filter(s -> !s.isBlank()).toList();
        // A bounded pool of keep-alive connections, like a portal's backend would use.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        WebClient http = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(Integer.parseInt(o.getOrDefault("connections", "32"))));
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        String run = Long.toString(System.currentTimeMillis(), 36);
        try {
            if (warmup > 0) {
                System.out.println("warmup   " + phase(http, timer, rate, warmup, pollMs, probeEvery, token, goal,
                        assessment, recommender, items, run + "w").describe());
            }
            Result result = phase(http, timer, rate, duration, pollMs, probeEvery, token, goal, assessment,
                    recommender, items, run + "m");
            System.out.println("measured " + result.describe());
        } finally {
            timer.shutdownNow();
            http.close();
            vertx.close();
        }
        System.exit(0);
    }

    private static Result phase(WebClient http, ScheduledExecutorService timer, int rate, int seconds, int pollMs,
            int probeEvery, String token, String goal, String assessment, String recommender, List<String> items,
            String run)
            throws InterruptedException {
        int total = rate * seconds;
        Result result = new Result(rate, seconds);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + 100_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            int n = i;
            timer.schedule(() -> {
                String learner = "latency-" + run + "-" + n;
                String body = "{\"answers\":[{\"learnerId\":\"" + learner + "\",\"itemId\":\""
                        + items.get(n % items.size()) + "\",\"response\":{\"choice\":\"a\"},\"responseTimeMillis\":4000,"
                        + "\"answeredAt\":\"" + Instant.now() + "\"}]}";
                String get = recommender + "/api/learners/" + learner + "/path?goal=" + goal;
                http.postAbs(assessment + "/api/integrations/answers").putHeader("Authorization", "Bearer " + token)
                        .putHeader("Content-Type", "application/json").timeout(10_000)
                        .sendBuffer(Buffer.buffer(body)).onComplete(response -> {
                            if (response.failed() || response.result().statusCode() / 100 != 2) {
                                result.errors.incrementAndGet();
                                done.countDown();
                                return;
                            }
                            result.recordPost(System.nanoTime() - due);
                            if (n % probeEvery != 0) {
                                done.countDown();
                                return;
                            }
                            poll(http, timer, get, token, due, pollMs, result, done,
                                    System.nanoTime() + 10_000_000_000L);
                        });
            }, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        return result;
    }

    private static void poll(WebClient http, ScheduledExecutorService timer, String get, String token, long due,
            int pollMs, Result result, CountDownLatch done, long giveUp) {
        http.getAbs(get).putHeader("Authorization", "Bearer " + token).timeout(10_000).send().onComplete(response -> {
            long now = System.nanoTime();
            if (response.succeeded() && response.result().statusCode() == 200
                    && practised(response.result().bodyAsString()) > 0) {
                result.record(now - due);
                done.countDown();
            } else if (now > giveUp) {
                result.errors.incrementAndGet();
                done.countDown();
            } else {
                result.polls.incrementAndGet();
                timer.schedule(() -> poll(http, timer, get, token, due, pollMs, result, done, giveUp), pollMs,
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    private static int practised(String pathJson) {
        Matcher m = PRACTICE.matcher(pathJson);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static final class Result {
        final int rate;
        final int seconds;
        final Histogram latencies = new Histogram(60_000_000_000L, 3);
        final Histogram posts = new Histogram(60_000_000_000L, 3);
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger polls = new AtomicInteger();

        Result(int rate, int seconds) {
            this.rate = rate;
            this.seconds = seconds;
        }

        synchronized void record(long nanos) {
            latencies.recordValue(nanos);
        }

        synchronized void recordPost(long nanos) {
            posts.recordValue(nanos);
        }

        synchronized String describe() {
            return String.format(Locale.ROOT, "%d answers/s for %d s: %d answered (POST ms p50 %.1f p99 %.1f), "
                            + "%d errors; %d probes reflected, %.1f reads per probe; answer-to-path latency ms p50 %.1f p90 %.1f"
                            + " p99 %.1f max %.1f",
                    rate, seconds, posts.getTotalCount(), posts.getValueAtPercentile(50) / 1e6,
                    posts.getValueAtPercentile(99) / 1e6, errors.get(), latencies.getTotalCount(),
                    1 + polls.get() / (double) Math.max(1, latencies.getTotalCount()),
                    latencies.getValueAtPercentile(50) / 1e6, latencies.getValueAtPercentile(90) / 1e6,
                    latencies.getValueAtPercentile(99) / 1e6, latencies.getMaxValue() / 1e6);
        }
    }
}
