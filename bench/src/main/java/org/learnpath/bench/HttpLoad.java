package org.learnpath.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * An open-loop HTTP load generator: requests start on a fixed schedule whatever the server's speed, and
 * each latency is measured from the moment its request was due, so a stalled server shows up in the
 * percentiles instead of silently lowering the offered rate (coordinated omission).
 * <p>
 * Usage: {@code java -jar learnpath-bench.jar --rate 2000 --duration 30 --warmup 10 --token TOKEN
 * [--header 'Accept: text/csv' ...] URL [URL ...]}. Requests rotate over the URLs; every request carries the headers
 * (e.g. to ask for a report as CSV). The warm-up's rate rises from a tenth of the rate to all of it; the measured
 * phase runs at the rate. Prints a summary line per phase and a final line of key=value figures.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(2000)
                .setMaxPoolSize(options.connections));
        try {
            if (options.warmupSeconds > 0) {
                Result warm = run(vertx, client, options, options.warmupSeconds, true);
                System.out.println("warmup   (rising to the rate) " + warm.describe());
            }
            Result result = run(vertx, client, options, options.durationSeconds, false);
            System.out.println("measured " + result.describe());
            System.out.println(result.figures());
            if (result.errors.get() > 0) {
                System.exit(2);
            }
        } finally {
            client.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}, or, when {@code ramp}, a rate rising evenly from a
     * tenth of it to all of it. A warm-up at the full rate from the first second met a load generator and a service
     * whose compilers had not caught up yet: the backlog it built took the first seconds of the measured phase too.
     */
    private static Result run(Vertx vertx, WebClient client, Options options, int seconds, boolean ramp)
            throws InterruptedException {
        Schedule schedule = ramp ? Schedule.ramp(options.rate, seconds) : Schedule.steady(options.rate, seconds);
        long total = schedule.total();
        Result result = new Result(options.rate, seconds);
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        // Requests are sent from the client's own event loop, every request due by each millisecond's tick at once,
        // rather than by a thread of their own handing each one over to the event loop (two thread wake-ups a
        // request, on the machine being measured). Latency still counts from each request's due time.
        long[] sent = {0};
        vertx.runOnContext(ignored -> vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            while (sent[0] < total) {
                long due = start + schedule.dueNanos(sent[0]);
                if (due > now) {
                    break;
                }
                send(client, options, sent[0], due, result, done);
                sent[0]++;
            }
            if (sent[0] == total) {
                vertx.cancelTimer(timer);
            }
        }));
        if (!done.await(seconds + 30L, TimeUnit.SECONDS)) {
            System.out.println("some requests never completed");
        }
        result.finish(System.nanoTime() - start);
        return result;
    }

    /** When each request is due, in nanoseconds from the start of a phase. */
    record Schedule(double startRate, double endRate, int seconds) {

        static Schedule steady(int rate, int seconds) {
            return new Schedule(rate, rate, seconds);
        }

        static Schedule ramp(int rate, int seconds) {
            return new Schedule(rate / 10.0, rate, seconds);
        }

        long total() {
            return (long) ((startRate + endRate) / 2 * seconds);
        }

        /** Inverts n(t) = startRate t + (endRate - startRate) t^2 / (2 seconds), the requests due by time t. */
        long dueNanos(long n) {
            double a = (endRate - startRate) / (2.0 * seconds);
            double t = a == 0 ? n / startRate
                    : (-startRate + Math.sqrt(startRate * startRate + 4 * a * n)) / (2 * a);
            return (long) (t * 1e9);
        }
    }

    private static void send(WebClient client, Options options, long i, long due, Result result, CountDownLatch done) {
        URI target = options.urls.get((int) (i % options.urls.size()));
        var request = options.bodyTemplate == null
                ? client.get(port(target), target.getHost(), pathAndQuery(target))
                : client.post(port(target), target.getHost(), pathAndQuery(target))
                        .putHeader("Content-Type", "application/json");
        options.headers.forEach(request::putHeader);
        request.bearerTokenAuthentication(options.token).timeout(10_000);
        var response = options.bodyTemplate == null ? request.send() : request.sendBuffer(Buffer.buffer(options.body(i)));
        response.onComplete(ar -> {
            long latency = System.nanoTime() - due;
            if (ar.succeeded() && ar.result().statusCode() == 200) {
                result.record(latency);
            } else {
                result.error(ar.succeeded() ? describe(ar.result()) : ar.cause().toString());
            }
            done.countDown();
        });
    }

    private static String describe(HttpResponse<Buffer> response) {
        return "HTTP " + response.statusCode();
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    static final class Result {
        final int rate;
        final int seconds;
        final Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        final AtomicLong errors = new AtomicLong();
        volatile String lastError = "";
        long elapsedNanos;

        Result(int rate, int seconds) {
            this.rate = rate;
            this.seconds = seconds;
        }

        synchronized void record(long latencyNanos) {
            histogram.recordValue(Math.min(latencyNanos, histogram.getHighestTrackableValue()));
        }

        void error(String message) {
            errors.incrementAndGet();
            lastError = message;
        }

        void finish(long nanos) {
            elapsedNanos = nanos;
        }

        double throughput() {
            return histogram.getTotalCount() / (elapsedNanos / 1e9);
        }

        String ms(double percentile) {
            return String.format(Locale.ROOT, "%.2f", histogram.getValueAtPercentile(percentile) / 1e6);
        }

        String describe() {
            return String.format(Locale.ROOT,
                    "offered=%d/s ok=%d errors=%d achieved=%.0f/s p50=%sms p90=%sms p99=%sms p99.9=%sms max=%sms%s",
                    rate, histogram.getTotalCount(), errors.get(), throughput(), ms(50), ms(90), ms(99), ms(99.9),
                    ms(100), errors.get() > 0 ? " lastError=" + lastError : "");
        }

        String figures() {
            return String.format(Locale.ROOT, "RESULT rate=%d duration=%ds ok=%d errors=%d throughput=%.1f p50_ms=%s p99_ms=%s p999_ms=%s max_ms=%s",
                    rate, seconds, histogram.getTotalCount(), errors.get(), throughput(), ms(50), ms(99), ms(99.9), ms(100));
        }
    }

    /**
     * {@code bodyTemplate}, when set, makes every request a POST of the template with {item}, {learner} and
     * {now} replaced: the i-th request takes the i-th item (round robin) for one of {@code learners} learners.
     */
    record Options(int rate, int durationSeconds, int warmupSeconds, int connections, String token, List<URI> urls,
            Map<String, String> headers, String bodyTemplate, List<String> items, int learners) {

        String body(long i) {
            return bodyTemplate.replace("{item}", items.get((int) (i % items.size())))
                    .replace("{learner}", "bench-learner-" + (i % learners))
                    .replace("{now}", java.time.Instant.now().toString());
        }

        static Options parse(String[] args) {
            int rate = 1000;
            int duration = 30;
            int warmup = 10;
            int connections = 16;
            String token = System.getenv("BENCH_TOKEN");
            List<URI> urls = new ArrayList<>();
            Map<String, String> headers = new LinkedHashMap<>();
            String bodyTemplate = null;
            List<String> items = List.of("");
            int learners = 1000;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rate" -> rate = Integer.parseInt(args[++i]);
                    case "--duration" -> duration = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--connections" -> connections = Integer.parseInt(args[++i]);
                    case "--token" -> token = args[++i];
                    case "--header" -> {
                        String header = args[++i];
                        int colon = header.indexOf(':');
                        if (colon < 1) {
                            throw new IllegalArgumentException("--header takes 'Name: value', not '" + header + "'");
                        }
                        headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
                    }
                    case "--body-template" -> bodyTemplate = read(args[++i]);
                    case "--items" -> items = List.of(read(args[++i]).trim().split("\\s+"));
                    case "--learners" -> learners = Integer.parseInt(args[++i]);
                    default -> urls.add(URI.create(args[i]));
                }
            }
            if (urls.isEmpty() || token == null || rate <= 0) {
                throw new IllegalArgumentException("usage: --rate N --duration S --warmup S [--connections N] --token T"
                        + " [--header 'Name: value'] URL...");
            }
            return new Options(rate, duration, warmup, connections, token, urls, headers, bodyTemplate, items, learners);
        }

        private static String read(String file) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
