package org.learnpath.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers sent one step after another on a background thread until stopped, each retried with its Idempotency-Key
 * until the service acknowledges it, so that a crash in the middle neither loses nor duplicates one. Records what
 * was acknowledged: that, and nothing more, must end up in the learner's mastery.
 */
final class AnswerStream implements AutoCloseable {

    /** One acknowledged answer: the item's skills and the grade the service gave. */
    record Ack(String itemId, List<String> skills, boolean correct) {
    }

    /** Sends one answer or batch and returns what was acknowledged; retrying is its own business. */
    interface Step {
        List<Ack> send(int sequence) throws Exception;
    }

    private final List<Ack> acks = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopping;

    AnswerStream(String name, Duration pause, Step step) {
        thread = new Thread(() -> {
            int sequence = 0;
            while (!stopping) {
                try {
                    List<Ack> acknowledged = step.send(sequence++);
                    synchronized (acks) {
                        acks.addAll(acknowledged);
                        acks.notifyAll();
                    }
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    return;
                } catch (Throwable e) {
                    failure.set(e);
                    synchronized (acks) {
                        acks.notifyAll();
                    }
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    int acknowledged() {
        synchronized (acks) {
            return acks.size();
        }
    }

    /** Waits until at least {@code count} answers are acknowledged; fails if the stream failed or stalled. */
    void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (acks) {
            while (acks.size() < count) {
                rethrow();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + acks.size() + " of " + count + " answers acknowledged after "
                            + timeout.toSeconds() + " s");
                }
                acks.wait(Math.max(1, left / 1_000_000));
            }
        }
        rethrow();
    }

    /** Stops after the answer in flight (which is retried to its end) and returns every acknowledged answer. */
    List<Ack> stop() throws InterruptedException {
        stopping = true;
        thread.join(Duration.ofSeconds(90).toMillis());
        if (thread.isAlive()) {
            thread.interrupt();
            throw new AssertionError("the answer stream did not stop");
        }
        rethrow();
        synchronized (acks) {
            return List.copyOf(acks);
        }
    }

    static Map<String, Integer> practicePerSkill(List<Ack> acks) {
        Map<String, Integer> counts = new HashMap<>();
        acks.forEach(a -> a.skills().forEach(s -> counts.merge(s, 1, Integer::sum)));
        return counts;
    }

    static Map<String, Integer> correctPerSkill(List<Ack> acks) {
        Map<String, Integer> counts = new HashMap<>();
        acks.forEach(a -> a.skills().forEach(s -> counts.merge(s, a.correct() ? 1 : 0, Integer::sum)));
        return counts;
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e != null) {
            throw new AssertionError("the answer stream failed: " + e, e);
        }
    }

    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
    }
}
