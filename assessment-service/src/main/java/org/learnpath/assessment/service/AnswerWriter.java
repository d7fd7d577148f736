package org.learnpath.assessment.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.service.AnswerService.Outcome;
import org.learnpath.assessment.service.AttemptRecorder.Batch;
import org.learnpath.assessment.service.AttemptRecorder.BatchOutcome;
import org.learnpath.assessment.service.AttemptRecorder.Refused;
import org.learnpath.assessment.service.AttemptRecorder.Stored;
import org.learnpath.outbox.TraceParent;
import org.learnpath.rest.ProblemException;

/**
 * Group commit, the one way answers are written: learners' (one answer inside a session) and integrations' (a batch).
 * A request hands its answers over and is answered when they commit; a writer takes every request waiting at that
 * moment (up to {@code learnpath.assessment.writer.max-answers} answers) and records them in one transaction. Under
 * load most of a transaction's fixed cost (begin, the attempt-number query, two inserts, commit, the relay's wake-up)
 * is then shared by many requests, which matters most when each request carries one answer; an idle service still
 * writes a lone request at once, without waiting for company, so a single answer waits for nothing but its own write.
 *
 * <p>Each request keeps its own all-or-nothing outcome: an invalid batch is refused alone, and when the shared write
 * itself fails (two retries of one Idempotency-Key racing, for instance) every batch of the group is written again
 * on its own, so the failure reaches only the request that caused it.
 */
@ApplicationScoped
public class AnswerWriter {

    private static final Logger LOG = Logger.getLogger(AnswerWriter.class);

    /** A full queue drains within a few seconds at the rates one instance writes. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final AttemptRecorder recorder;
    private final AssessmentConfig.Writer config;
    private final DistributionSummary answersPerTransaction;
    private final Counter refused;
    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    /** Answers in {@code waiting}: a request's count is added before it is queued and removed once a writer takes it. */
    private final AtomicInteger queuedAnswers = new AtomicInteger();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    record Pending(Batch batch, CompletableFuture<List<Outcome>> result) {
    }

    AnswerWriter(AttemptRecorder recorder, AssessmentConfig config, MeterRegistry registry) {
        this.recorder = recorder;
        this.config = config.writer();
        this.answersPerTransaction = DistributionSummary.builder("learnpath.assessment.writer.answers")
                .description("Answers written per transaction (group commit)")
                .register(registry);
        this.refused = Counter.builder("learnpath.assessment.writer.refused")
                .description("Answer requests refused because too many answers were waiting to be written")
                .register(registry);
        Gauge.builder("learnpath.assessment.writer.queued", queuedAnswers, AtomicInteger::get)
                .description("Answers waiting for a writer").register(registry);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < config.threads(); i++) {
            Thread thread = new Thread(this::loop, "answer-writer-" + i);
            thread.setDaemon(true);
            writers.add(thread);
            thread.start();
        }
    }

    /**
     * Lets the writers finish what is waiting (up to 10 s each), then stops. Requests still waiting after that, and
     * requests arriving from now on, are told to retry: none of their answers was written.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        for (Thread thread : writers) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Pending left;
        while ((left = taken(waiting.poll())) != null) {
            left.result().completeExceptionally(shuttingDown());
        }
    }

    /** Queues one request's answers, with the traceparent of the calling thread; see {@link #submit(List, String)}. */
    public CompletableFuture<List<Outcome>> submit(List<AnswerSubmission> answers) {
        return submit(answers, TraceParent.current());
    }

    /**
     * Queues one request's answers, all or none, whose events continue the trace {@code traceparent}. The result
     * completes, on a writer thread, once they are committed or refused; nothing waits for it meanwhile, so a request
     * holds no thread while its group is written.
     */
    public CompletableFuture<List<Outcome>> submit(List<AnswerSubmission> answers, String traceparent) {
        if (!running) {
            return CompletableFuture.failedFuture(shuttingDown());
        }
        int max = config.maxQueuedAnswers();
        // Checked and reserved in one step: requests submitted at the same moment cannot all pass a full queue.
        if (queuedAnswers.getAndUpdate(queued -> queued >= max ? queued : queued + answers.size()) >= max) {
            return CompletableFuture.failedFuture(queueFull());
        }
        Pending pending = new Pending(new Batch(answers, traceparent), new CompletableFuture<>());
        waiting.add(pending);
        // stop() may have drained the queue between the check above and the add: whoever removes it answers.
        if (!running && waiting.remove(pending)) {
            queuedAnswers.addAndGet(-answers.size());
            pending.result().completeExceptionally(shuttingDown());
        }
        return pending.result();
    }

    private void loop() {
        List<Pending> group = new ArrayList<>();
        Pending carried = null;
        while (running || carried != null || !waiting.isEmpty()) {
            try {
                Pending first = carried != null ? carried : taken(waiting.poll(100, TimeUnit.MILLISECONDS));
                carried = null;
                if (first == null) {
                    continue;
                }
                group.clear();
                group.add(first);
                int answers = first.batch().answers().size();
                Pending next;
                while (answers < config.maxAnswers() && (next = taken(waiting.poll())) != null) {
                    if (answers + next.batch().answers().size() > config.maxAnswers()) {
                        carried = next;
                        break;
                    }
                    group.add(next);
                    answers += next.batch().answers().size();
                }
                writeGroup(group);
            } catch (InterruptedException e) {
                // Queued requests are answered only by a writer: one leaves only once stop() has begun.
                if (!running) {
                    return;
                }
            }
        }
    }

    /**
     * The refusal a request gets now, before any other work for it, if the queue is full. A request that must read
     * the database before it is queued (a retry's lookup) asks first, so that it does not wait for a connection.
     */
    public Optional<ProblemException> refusalWhileFull() {
        return queuedAnswers.get() >= config.maxQueuedAnswers() ? Optional.of(queueFull()) : Optional.empty();
    }

    private ProblemException queueFull() {
        refused.increment();
        return ProblemException.unavailable("More answers are waiting to be written than this instance queues;"
                + " nothing was stored, send the answers again", RETRY_AFTER);
    }

    private Pending taken(Pending pending) {
        if (pending != null) {
            queuedAnswers.addAndGet(-pending.batch().answers().size());
        }
        return pending;
    }

    /** Writes a group of waiting requests and completes each one's result. */
    void writeGroup(List<Pending> group) {
        if (group.size() == 1) {
            writeAlone(group.get(0));
            return;
        }
        List<Batch> batches = new ArrayList<>(group.size());
        group.forEach(pending -> batches.add(pending.batch()));
        List<BatchOutcome> results;
        try {
            results = recorder.recordBatchesTogether(batches);
        } catch (RuntimeException e) {
            LOG.debugf(e, "a shared write of %d requests failed; writing each on its own", group.size());
            group.forEach(this::writeAlone);
            return;
        } catch (Throwable e) {
            group.forEach(pending -> pending.result().completeExceptionally(e));
            return;
        }
        int stored = 0;
        for (int i = 0; i < group.size(); i++) {
            CompletableFuture<List<Outcome>> result = group.get(i).result();
            BatchOutcome outcome = results.get(i);
            if (outcome instanceof Stored s) {
                stored += s.outcomes().size();
                result.complete(s.outcomes());
            } else if (outcome instanceof Refused r) {
                result.completeExceptionally(r.problem());
            }
        }
        answersPerTransaction.record(stored);
    }

    private void writeAlone(Pending pending) {
        try {
            List<Outcome> outcomes = recorder.recordBatch(pending.batch());
            answersPerTransaction.record(outcomes.size());
            pending.result().complete(outcomes);
        } catch (Throwable e) {
            pending.result().completeExceptionally(e);
        }
    }

    private static ProblemException shuttingDown() {
        return ProblemException.unavailable("The service is shutting down; send the answers again", RETRY_AFTER);
    }
}
