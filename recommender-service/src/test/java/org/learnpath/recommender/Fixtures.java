package org.learnpath.recommender;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.Db;
import org.learnpath.testinfra.PostgresResource;

/** Records as the catalog and assessment services would publish them, and reads of this service's tables. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The answer topic as the assessment service creates it: six partitions, keyed by learner. */
    public static void answerTopic() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(AnswerTopic.NAME, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small curriculum: a -> b -> c (each module one skill), goal "<prefix>-goal" = [c], three items per skill. */
    public record Curriculum(String goal, List<String> modules, List<String> skills, Map<String, List<UUID>> items) {
    }

    public static Curriculum curriculum(String prefix) {
        return curriculum(prefix, Fixtures::send);
    }

    /** The same curriculum, its records written by {@code writer} (to another broker than the shared one). */
    public static Curriculum curriculum(String prefix,
            java.util.function.Consumer<List<ProducerRecord<String, String>>> writer) {
        List<String> skills = List.of(prefix + "-s1", prefix + "-s2", prefix + "-s3");
        List<String> modules = List.of(prefix + "-m1", prefix + "-m2", prefix + "-m3");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Instant now = Instant.now();
        for (String skill : skills) {
            CatalogEvent e = CatalogEvent.skillUpserted(UUID.randomUUID(), now,
                    new CatalogEvent.SkillState(skill, "Skill " + skill, "Test skill", "MACHINE_LEARNING", 0));
            records.add(new ProducerRecord<>(CatalogTopic.NAME, e.key(), EventJson.write(e)));
        }
        for (int i = 0; i < modules.size(); i++) {
            CatalogEvent e = CatalogEvent.moduleUpserted(UUID.randomUUID(), now, new CatalogEvent.ModuleState(
                    modules.get(i), "Module " + modules.get(i), "Test module", "MACHINE_LEARNING", "BEGINNER", 30,
                    List.of(skills.get(i)), i == 0 ? List.of() : List.of(modules.get(i - 1)), 0));
            records.add(new ProducerRecord<>(CatalogTopic.NAME, e.key(), EventJson.write(e)));
        }
        String goal = prefix + "-goal";
        CatalogEvent g = CatalogEvent.goalUpserted(UUID.randomUUID(), now,
                new CatalogEvent.GoalState(goal, "Goal " + prefix, "Test goal", List.of(modules.get(2)), 0));
        records.add(new ProducerRecord<>(CatalogTopic.NAME, g.key(), EventJson.write(g)));
        Map<String, List<UUID>> items = new java.util.LinkedHashMap<>();
        double[] difficulties = {-1, 0, 1};
        for (String skill : skills) {
            List<UUID> ids = new ArrayList<>();
            for (double d : difficulties) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                ItemEvent e = new ItemEvent(1, UUID.randomUUID(), now,
                        new ItemEvent.ItemState(id, 1, List.of(skill), d, ItemEvent.Status.PUBLISHED));
                records.add(new ProducerRecord<>(ItemTopic.NAME, id.toString(), EventJson.write(e)));
            }
            items.put(skill, ids);
        }
        writer.accept(records);
        awaitCount("select count(*) from catalog_goal where slug = ?", 1, goal);
        awaitCount("select count(*) from catalog_item where id = ?", 1, items.get(skills.get(2)).get(2));
        return new Curriculum(goal, modules, skills, items);
    }

    /** An answer event of revision 1.0, which names no organization. */
    public static AnswerEvent answer(String learner, UUID item, String skill, boolean correct, Instant at) {
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, item, 1, List.of(skill),
                correct, correct ? 1 : 0, 4_000, at, null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, 0.0);
    }

    /** An answer event naming the learner's organization (revision 1.1). */
    public static AnswerEvent answer(String learner, UUID item, String skill, boolean correct, Instant at,
            String organization) {
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, item, 1, List.of(skill),
                correct, correct ? 1 : 0, 4_000, at, null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, 0.0,
                organization);
    }

    /**
     * A placement answer (revision 1.3: purpose PLACEMENT), as the assessment publishes an answer given in a PLACEMENT
     * session, naming the learner's organization.
     */
    public static AnswerEvent placementAnswer(String learner, UUID item, String skill, double priorDifficulty,
            boolean correct, Instant at, String organization) {
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, item, 1, List.of(skill),
                correct, correct ? 1 : 0, 4_000, at, UUID.randomUUID(), UUID.randomUUID(), 1,
                AnswerEvent.Source.LEARNER, priorDifficulty, organization, null, AnswerEvent.Purpose.PLACEMENT);
    }

    /** Publishes {@code organization}'s own goal over the curriculum's modules and waits until it is replicated. */
    public static String organizationGoal(Curriculum curriculum, String organization) {
        String slug = curriculum.goal().replace("-goal", "-" + organization + "-goal");
        CatalogEvent g = CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.GoalState(slug,
                "Goal of " + organization, "An organization's goal", List.of(curriculum.modules().get(2)), 0,
                organization));
        send(List.of(new ProducerRecord<>(CatalogTopic.NAME, g.key(), EventJson.write(g))));
        awaitCount("select count(*) from catalog_goal where slug = ? and organization = ?", 1, slug, organization);
        return slug;
    }

    public static ProducerRecord<String, String> record(AnswerEvent event) {
        return new ProducerRecord<>(AnswerTopic.NAME, event.learnerId(), EventJson.write(event));
    }

    public static List<RecordMetadata> sendAnswers(List<AnswerEvent> events) {
        return send(events.stream().map(Fixtures::record).toList());
    }

    public static List<RecordMetadata> send(List<ProducerRecord<String, String>> records) {
        return send(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()), records);
    }

    /** Writes the records with a producer of these connection settings. */
    public static List<RecordMetadata> send(Map<String, Object> connection,
            List<ProducerRecord<String, String>> records) {
        Map<String, Object> props = new java.util.HashMap<>(connection);
        props.put("acks", "all");
        props.put("linger.ms", 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(producer.send(r)));
            List<RecordMetadata> metadata = new ArrayList<>();
            for (Future<RecordMetadata> f : sent) {
                metadata.add(f.get(30, TimeUnit.SECONDS));
            }
            return metadata;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write records", e);
        }
    }

    public static long count(String sql, Object... params) {
        return Db.count(sql, params);
    }

    public static void awaitCount(String sql, long expected, Object... params) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> count(sql, params) == expected);
    }

    /** The stored mastery rows of a learner: skill code to (mastery, practice count). */
    public static Map<String, double[]> masteryRows(String learner) {
        Map<String, double[]> rows = new java.util.TreeMap<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(
                "select skill_code, mastery, practice_count, correct_count from mastery where learner_id = ?")) {
            s.setString(1, learner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getInt(3), rs.getInt(4)});
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
