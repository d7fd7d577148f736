package org.learnpath.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerEventReader;
import org.learnpath.events.answer.AnswerEventStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one answer event as the recommender's consumer thread does: the one-pass reader that takes what producers
 * write, against the path every other text takes (a tree, the JSON Schema, then the tree reader).
 * Run: {@code java -cp "bench/target/learnpath-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main
 * AnswerParsingBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AnswerParsingBenchmark {

    private String[] texts;
    private JsonSchema schema;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Random random = new Random(42);
        texts = new String[4_096];
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        for (int i = 0; i < texts.length; i++) {
            // Shaped like assessment-service's events: one or two seeded skills, a score of 0 or 1.
            boolean correct = random.nextBoolean();
            texts[i] = EventJson.write(new AnswerEvent(1, UUID.randomUUID(), "learner-" + random.nextInt(20_000),
                    UUID.randomUUID(), random.nextInt(3), random.nextBoolean() ? List.of("pandas-indexing")
                            : List.of("numpy-arrays", "pandas-data-structures"), correct, correct ? 1 : 0,
                    1_000 + random.nextInt(60_000), at.plusNanos(random.nextLong(86_400_000_000_000L)),
                    random.nextBoolean() ? UUID.randomUUID() : null, UUID.randomUUID(), 1 + random.nextInt(5),
                    AnswerEvent.Source.LEARNER, prior(random)));
        }
    }

    /** An author's prior difficulty: two decimals, within the schema's [-4, 4]. */
    private static double prior(Random random) {
        return Math.max(-4, Math.min(4, Math.round(random.nextGaussian() * 100) / 100.0));
    }

    private String nextText() {
        next = (next + 1) & (texts.length - 1);
        return texts[next];
    }

    @Benchmark
    public AnswerEvent oneStreamPass() {
        return AnswerEventStreamReader.readIfPlainlyValid(nextText());
    }

    @Benchmark
    public AnswerEvent treeSchemaAndTreeReader() throws IOException {
        JsonNode json = EventJson.mapper().readTree(nextText());
        if (!schema.validate(json).isEmpty()) {
            throw new IllegalStateException("a valid event failed the schema");
        }
        return AnswerEventReader.read(json);
    }
}
