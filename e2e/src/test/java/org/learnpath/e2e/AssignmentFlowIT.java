package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 7: an assignment end to end, with real tokens that carry organizations. acme's HR sync (the integration
 * client) puts alice in a team that maria manages; maria makes a goal of her organization (one module, one skill, so
 * that a handful of answers master it), assigns it with a due date, and alice sees it among her assignments. alice
 * then answers through assessment sessions, and after every answer maria's progress report counts it and the
 * skill-gap heatmap puts alice in the band her mastery is in, until the report says DONE and the recommender
 * announces the completion on the progress topic. The reports are their organization's admins' and the team's
 * managers' only, and another organization's HR sync writes its own teams, never acme's. Runs before CrashRecoveryIT
 * (a new goal must reach the recommender within seconds).
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class AssignmentFlowIT {

    /** Published items of this skill alone (a dozen), from easy to interview level; no other scenario practises it. */
    private static final String SKILL = "ml-paradigms";
    private static final String PROGRESS_TOPIC = "learnpath.progress.v1";
    private static final String COMPLETED = "ASSIGNMENT_COMPLETED";
    private static final String COMPLETED_CE_TYPE = "org.learnpath.recommender.assignment.completed";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final int RESPONSE_MILLIS = 8000;
    /** Enough for any sensible model: a first pass over a few of the items masters the skill with the default one. */
    private static final int MAX_ANSWERS = 12;
    private static final String MEMBER_NAME = "Alice Anders";

    private final E2e e2e;
    private final Keycloak kc;
    private final Items items;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String module = "e2e-flow-" + run;
    private final String goal = "e2e-flow-goal-" + run;
    private final String teamKey = "e2e-flow-" + run;
    private final List<String> assignments = new ArrayList<>();
    private String aliceId;
    private String mariaId;
    private String teamId;
    private String globexTeamId;
    private boolean moduleCreated;
    private boolean goalCreated;

    AssignmentFlowIT(E2e e2e) {
        this.e2e = e2e;
        this.kc = e2e.keycloak();
        this.items = new Items(e2e);
    }

    /**
     * The team, by acme's HR sync (bulk upsert by key), and maria's organization goal over a new module that teaches
     * the one skill and requires nothing, known to the recommender.
     */
    @BeforeAll
    void prepare() {
        aliceId = kc.subject("alice");
        mariaId = kc.subject("maria");
        ObjectNode sync = Api.object();
        sync.putArray("teams").add(team(teamKey, "Flow team " + run, aliceId, MEMBER_NAME, mariaId));
        JsonNode upserted = Api.put(e2e.recommender("/api/teams"), kc.integrationToken(), sync, Map.of()).expect(200)
                .json();
        assertThat(upserted.path("created").asInt()).as("%s", upserted).isEqualTo(1);
        teamId = upserted.path("teams").get(0).path("id").asText();
        JsonNode team = Api.get(e2e.recommender("/api/teams/" + teamId), kc.token("maria")).expect(200).json();
        assertThat(team.path("key").asText()).isEqualTo(teamKey);
        assertThat(team.path("managers").toString()).isEqualTo("[\"" + mariaId + "\"]");
        assertThat(team.path("members").get(0).path("learnerId").asText()).isEqualTo(aliceId);

        ObjectNode moduleBody = Api.object().put("slug", module).put("title", "E2E flow module " + run)
                .put("summary", "One skill, no prerequisites: an assignment's learner masters it in a few answers.")
                .put("area", "MACHINE_LEARNING").put("level", "BEGINNER").put("estimatedMinutes", 30);
        moduleBody.putArray("skills").add(SKILL);
        moduleBody.putArray("prerequisites");
        Api.post(e2e.catalog("/api/modules"), kc.token("ada"), moduleBody).expect(201);
        moduleCreated = true;
        ObjectNode goalBody = Api.object().put("slug", goal).put("name", "Flow goal " + run)
                .put("description", "maria's goal for her team, from the end-to-end tests.")
                .put("audience", "ORGANIZATION");
        goalBody.putArray("modules").add(module);
        JsonNode created = Api.post(e2e.catalog("/api/goals"), kc.token("maria"), goalBody).expect(201).json();
        goalCreated = true;
        assertThat(created.path("organization").asText()).isEqualTo("acme");
        // The team's skill gaps on the goal answer 400 until the recommender has it (catalog outbox -> Kafka).
        E2e.await(VISIBLE_WITHIN, "goal " + goal + " to reach the recommender",
                () -> Api.get(e2e.recommender("/api/teams/" + teamId + "/skill-gaps?goal=" + goal), kc.token("maria")),
                reply -> reply.status() == 200);
    }

    @AfterAll
    void cleanUp() {
        String grace = kc.token("grace");
        assignments.forEach(id -> Api.delete(e2e.recommender("/api/assignments/" + id), grace));
        if (teamId != null) {
            Api.delete(e2e.recommender("/api/teams/" + teamId), grace);
        }
        if (globexTeamId != null) {
            Api.delete(e2e.recommender("/api/teams/" + globexTeamId), kc.token("gwen"));
        }
        if (goalCreated) {
            Api.delete(e2e.catalog("/api/goals/" + goal), kc.token("maria"));
        }
        if (moduleCreated) {
            Api.delete(e2e.catalog("/api/modules/" + module), grace);
        }
    }

    @Test
    void anAssignmentFlowsFromTheManagerToTheLearnerAndOnToKafka() {
        String maria = kc.token("maria");
        String alice = kc.token("alice");
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(14);

        // maria assigns the goal to her team, due in two weeks.
        JsonNode assignment = assign(maria, due);
        String id = assignment.path("id").asText();
        assertThat(assignment.path("teamId").asText()).isEqualTo(teamId);
        assertThat(assignment.path("learnerCount").asInt()).isEqualTo(1);
        assertThat(assignment.path("completedCount").asInt()).isZero();
        assertThat(assignment.path("createdBy").asText()).isEqualTo(mariaId);

        // alice sees it.
        JsonNode mine = myAssignment(alice, id);
        assertThat(mine.path("goal").asText()).isEqualTo(goal);
        assertThat(mine.path("goalName").asText()).isEqualTo("Flow goal " + run);
        assertThat(mine.path("dueDate").asText()).isEqualTo(due.toString());
        assertThat(mine.path("completedAt").isNull()).as("%s", mine).isTrue();
        assertThat(mine.path("totalModules").asInt()).isEqualTo(1);
        assertThat(mine.path("masteredShare").asDouble()).isZero();

        // maria's reports before any answer: alice is open and has not started the skill.
        JsonNode report = progress(maria, id, "");
        assertThat(report.path("goal").asText()).isEqualTo(goal);
        assertThat(report.path("dueDate").asText()).isEqualTo(due.toString());
        assertThat(report.path("summary").path("learners").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("done").asInt()).isZero();
        JsonNode row = onlyRow(report);
        assertThat(row.path("learnerId").asText()).isEqualTo(aliceId);
        assertThat(row.path("name").asText()).isEqualTo(MEMBER_NAME);
        assertThat(row.path("status").asText()).isIn("ON_TRACK", "AT_RISK");
        assertThat(row.path("skills").asInt()).isEqualTo(1);
        assertThat(row.path("masteredSkills").asInt()).isZero();
        assertThat(row.path("masteredShare").asDouble()).isZero();
        assertThat(row.path("answers").asInt()).isZero();
        assertThat(row.path("timeSpentSeconds").asLong()).isZero();
        assertThat(row.path("completedAt").isNull()).isTrue();
        assertThat(row.path("expectedAnswersRemaining").asDouble()).isPositive();
        JsonNode gaps = Api.get(e2e.recommender("/api/assignments/" + id + "/skill-gaps"), maria).expect(200).json();
        assertThat(gaps.path("learners").asInt()).isEqualTo(1);
        assertThat(band(gaps)).isEqualTo("NOT_STARTED");
        assertThat(band(teamGaps(maria))).isEqualTo("NOT_STARTED");

        // alice answers: first wrong (the easiest item), then right, hardest first, one session per pass over the
        // items, until the assignment is completed. Each answer moves maria's report.
        List<JsonNode> bank = new ArrayList<>(items.published(SKILL));
        assertThat(bank).as("published items of %s", SKILL).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(i -> i.path("skills").toString().equals("[\"" + SKILL + "\"]"));
        bank.sort(Comparator.comparingDouble(i -> i.path("difficulty").asDouble()));
        List<String> hardestFirst = new ArrayList<>();
        for (int i = bank.size() - 1; i >= 0; i--) {
            hardestFirst.add(bank.get(i).path("id").asText());
        }
        // Each pass offers every item once: the first starts with the easiest (answered wrong), later ones repeat.
        List<String> plan = new ArrayList<>();
        plan.add(hardestFirst.get(hardestFirst.size() - 1));
        plan.addAll(hardestFirst.subList(0, hardestFirst.size() - 1));
        while (plan.size() < MAX_ANSWERS) {
            plan.addAll(hardestFirst);
        }
        List<String> bands = new ArrayList<>(List.of("NOT_STARTED"));
        List<Double> shares = new ArrayList<>(List.of(0.0));
        String session = null;
        int answered = 0;
        while (row.path("completedAt").isNull()) {
            assertThat(answered).as("answers without completing the assignment; last row %s", row)
                    .isLessThan(MAX_ANSWERS);
            if (answered % bank.size() == 0) {
                session = Api.post(e2e.assessment("/api/sessions"), alice, Api.object().put("kind", "SKILL")
                        .put("target", SKILL).put("items", bank.size())).expect(201).json().path("id").asText();
            }
            String item = plan.get(answered);
            boolean correct = answered > 0;
            Api.get(e2e.assessment("/api/sessions/" + session + "/next-item?itemId=" + item), alice).expect(200);
            JsonNode result = Api.send("POST", e2e.assessment("/api/sessions/" + session + "/answers"), alice,
                    Api.object().put("itemId", item).put("responseTimeMillis", RESPONSE_MILLIS)
                            .set("response", items.response(item, correct)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200).json();
            assertThat(result.path("correct").asBoolean()).isEqualTo(correct);
            answered++;

            int expected = answered;
            report = E2e.await(VISIBLE_WITHIN, "answer " + answered + " in maria's progress report",
                    () -> progress(maria, id, ""), r -> onlyRow(r).path("answers").asInt() >= expected);
            row = onlyRow(report);
            assertThat(row.path("answers").asInt()).isEqualTo(answered);
            assertThat(row.path("timeSpentSeconds").asLong()).isEqualTo(answered * (long) RESPONSE_MILLIS / 1000);
            assertThat(row.path("lastActivityAt").isNull()).isFalse();
            shares.add(row.path("masteredShare").asDouble());

            // The heatmap puts alice where her mastery now is, by the bands' own edges.
            gaps = Api.get(e2e.recommender("/api/assignments/" + id + "/skill-gaps"), maria).expect(200).json();
            double mastery = mastery(alice);
            String band = band(gaps);
            assertThat(band).as("alice's band at mastery %.4f in %s", mastery, gaps)
                    .isEqualTo(expectedBand(gaps, mastery));
            assertThat(band(teamGaps(maria))).isEqualTo(band);
            bands.add(band);
            System.out.printf("[e2e] alice answered %s (%s): mastery %.3f, band %s, report %s, %d answers%n", item,
                    correct ? "right" : "wrong", mastery, band, row.path("status").asText(), answered);
        }
        assertThat(shares).as("mastered share after each answer").isSorted().endsWith(1.0);
        assertThat(bands).as("alice's band after each answer").startsWith("NOT_STARTED").endsWith("MASTERED");
        // The goal is complete once it is also certified (its evidence reaches the target), which can take an answer
        // or two after the skill is mastered: the band may read MASTERED before the report says DONE.
        int mastered = bands.indexOf("MASTERED");
        assertThat(bands.subList(mastered, bands.size())).as("bands from the first MASTERED on: %s", bands)
                .containsOnly("MASTERED");
        assertThat(bands.subList(1, mastered)).as("bands between: %s", bands).isNotEmpty()
                .allMatch(b -> b.equals("BEGINNING") || b.equals("DEVELOPING"));

        // Done: the report, the assignment, alice's own list and both heatmaps agree.
        assertThat(report.path("summary").path("learners").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("done").asInt()).isEqualTo(1);
        assertThat(report.path("summary").path("onTrack").asInt()
                + report.path("summary").path("atRisk").asInt() + report.path("summary").path("overdue").asInt())
                .isZero();
        assertThat(row.path("status").asText()).isEqualTo("DONE");
        assertThat(row.path("masteredSkills").asInt()).isEqualTo(1);
        assertThat(row.path("projectedCompletion").isNull()).isTrue();
        Instant completedAt = Instant.parse(row.path("completedAt").asText());
        assertThat(progress(maria, id, "?status=DONE").path("total").asInt()).isEqualTo(1);
        JsonNode atRisk = progress(maria, id, "?status=AT_RISK");
        assertThat(atRisk.path("total").asInt()).isZero();
        assertThat(atRisk.path("summary").path("done").asInt()).isEqualTo(1);
        JsonNode details = Api.get(e2e.recommender("/api/assignments/" + id), maria).expect(200).json();
        assertThat(details.path("completedCount").asInt()).isEqualTo(1);
        mine = myAssignment(alice, id);
        assertThat(Instant.parse(mine.path("completedAt").asText())).isEqualTo(completedAt);
        assertThat(mine.path("masteredShare").asDouble()).isEqualTo(1.0);
        for (JsonNode done : List.of(gaps, teamGaps(maria))) {
            JsonNode skill = done.path("items").get(0);
            assertThat(skill.path("counts").path("MASTERED").asInt()).as("%s", done).isEqualTo(1);
            assertThat(skill.path("meanMastery").asDouble()).isGreaterThanOrEqualTo(edge(done, "MASTERED"));
        }

        // The completion on the progress topic, keyed by alice, once.
        List<ConsumerRecord<String, String>> events = completionEvents(id);
        assertThat(events).as("completion events of assignment %s", id).hasSize(1);
        ConsumerRecord<String, String> record = events.get(0);
        assertThat(record.key()).isEqualTo(aliceId);
        JsonNode event = parse(record.value());
        assertThat(event.path("type").asText()).isEqualTo(COMPLETED);
        assertThat(event.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.path("learnerId").asText()).isEqualTo(aliceId);
        assertThat(event.path("organization").asText()).isEqualTo("acme");
        assertThat(event.path("goalSlug").asText()).isEqualTo(goal);
        assertThat(Instant.parse(event.path("completedAt").asText()).truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(completedAt.truncatedTo(ChronoUnit.MICROS));
        assertThat(header(record, "ce_type")).isEqualTo(COMPLETED_CE_TYPE);
        assertThat(header(record, "ce_id")).isEqualTo(event.path("eventId").asText());
    }

    /**
     * The reports of an assignment on maria's team, and the team's heatmap: acme's admin and maria read them; globex's
     * manager and admin get exactly the 404 of an id that does not exist; learners, of either organization, and the
     * integration clients are refused (403).
     */
    @Test
    void onlyTheOrganizationsAdminsAndTheTeamsManagersReadItsReports() {
        String id = assign(kc.token("maria"), null).path("id").asText();
        String unknown = UUID.randomUUID().toString();
        Map<String, Function<String, String>> reports = Map.of(
                "assignment progress", a -> "/api/assignments/" + a + "/progress",
                "assignment skill gaps", a -> "/api/assignments/" + a + "/skill-gaps",
                "team skill gaps", t -> "/api/teams/" + t + "/skill-gaps?goal=" + goal);
        Map<String, String> ids = Map.of("assignment progress", id, "assignment skill gaps", id,
                "team skill gaps", teamId);

        SoftAssertions soft = new SoftAssertions();
        reports.forEach((name, path) -> {
            String url = e2e.recommender(path.apply(ids.get(name)));
            for (String reader : List.of("grace", "maria")) {
                soft.assertThat(Api.get(url, kc.token(reader)).status()).as("%s as %s", name, reader).isEqualTo(200);
            }
            for (String stranger : List.of("gus", "gwen")) {
                Api.Reply theirs = Api.get(url, kc.token(stranger));
                Api.Reply nobodys = Api.get(e2e.recommender(path.apply(unknown)), kc.token(stranger));
                String as = name + " as " + stranger + ": " + theirs;
                soft.assertThat(theirs.status()).as(as).isEqualTo(404);
                soft.assertThat(theirs.json().path("type").asText()).as(as + ", type as for an unknown id: " + nobodys)
                        .isEqualTo(nobodys.json().path("type").asText());
                soft.assertThat(theirs.json().path("detail").asText().replace(ids.get(name), "{id}"))
                        .as(as + ", detail as for an unknown id: " + nobodys)
                        .isEqualTo(nobodys.json().path("detail").asText().replace(unknown, "{id}"));
            }
            Map<String, String> refused = Map.of("alice", kc.token("alice"), "gina", kc.token("gina"),
                    "ada", kc.token("ada"), "learnpath-integration", kc.integrationToken(),
                    "globex-integration", kc.globexIntegrationToken());
            refused.forEach((caller, token) -> soft.assertThat(Api.get(url, token).status())
                    .as("%s as %s", name, caller).isEqualTo(403));
        });
        soft.assertAll();
    }

    /**
     * globex's HR sync, sending acme's team key: naming alice refuses the whole request (she is not globex's), and
     * with globex's own learner it creates a team of globex's. acme's team stays exactly as it was, and neither
     * organization sees the other's.
     */
    @Test
    void anotherOrganizationsSyncUpsertsIntoItsOwnOrganizationOnly() {
        String grace = kc.token("grace");
        String globex = kc.globexIntegrationToken();
        String ginaId = kc.subject("gina");
        String gusId = kc.subject("gus");
        JsonNode before = Api.get(e2e.recommender("/api/teams/" + teamId), grace).expect(200).json();

        ObjectNode withAlice = Api.object();
        withAlice.putArray("teams").add(team(teamKey, "Globex takeover " + run, aliceId, null, gusId));
        Api.Reply refused = Api.put(e2e.recommender("/api/teams"), globex, withAlice, Map.of());
        assertThat(refused.status()).as("%s", refused).isEqualTo(404);
        assertThat(refused.body()).contains("teams[0].members[0].learnerId");

        ObjectNode own = Api.object();
        own.putArray("teams").add(team(teamKey, "Globex team " + run, ginaId, "Gina", gusId));
        JsonNode upserted = Api.put(e2e.recommender("/api/teams"), globex, own, Map.of()).expect(200).json();
        assertThat(upserted.path("created").asInt()).as("%s", upserted).isEqualTo(1);
        assertThat(upserted.path("updated").asInt()).isZero();
        globexTeamId = upserted.path("teams").get(0).path("id").asText();
        assertThat(globexTeamId).isNotEqualTo(teamId);

        assertThat(Api.get(e2e.recommender("/api/teams/" + teamId), grace).expect(200).json())
                .as("acme's team after globex's sync").isEqualTo(before);
        JsonNode theirs = Api.get(e2e.recommender("/api/teams/" + globexTeamId), kc.token("gwen")).expect(200).json();
        assertThat(theirs.path("key").asText()).isEqualTo(teamKey);
        assertThat(theirs.path("members").get(0).path("learnerId").asText()).isEqualTo(ginaId);
        assertThat(theirs.path("members")).hasSize(1);
        Api.get(e2e.recommender("/api/teams/" + teamId), globex).expect(404);
        Api.put(e2e.recommender("/api/teams/" + teamId), globex, team(teamKey, "Globex takeover " + run, ginaId,
                null, gusId), Map.of("If-Match", "\"" + before.path("version").asLong() + "\"")).expect(404);
        Api.get(e2e.recommender("/api/teams/" + globexTeamId), kc.integrationToken()).expect(404);
        Api.get(e2e.recommender("/api/teams/" + globexTeamId), grace).expect(404);
        assertThat(Api.get(e2e.recommender("/api/teams/" + teamId), grace).expect(200).json())
                .as("acme's team after globex's attempts").isEqualTo(before);
    }

    private static ObjectNode team(String key, String name, String member, String memberName, String manager) {
        ObjectNode team = Api.object().put("key", key).put("name", name);
        ObjectNode m = team.putArray("members").addObject().put("learnerId", member);
        if (memberName != null) {
            m.put("name", memberName);
        }
        team.putArray("managers").add(manager);
        return team;
    }

    /** maria's assignment of the goal to her team; asked again while the recommender does not know the goal yet. */
    private JsonNode assign(String token, LocalDate due) {
        ObjectNode body = Api.object().put("goal", goal).put("teamId", teamId);
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        Api.Reply created = E2e.await(VISIBLE_WITHIN, "the assignment of " + goal,
                () -> Api.post(e2e.recommender("/api/assignments"), token, body), reply -> reply.status() != 400);
        JsonNode assignment = created.expect(201).json();
        assignments.add(assignment.path("id").asText());
        return assignment;
    }

    private JsonNode myAssignment(String token, String id) {
        for (JsonNode a : Api.get(e2e.recommender("/api/learners/me/assignments"), token).expect(200).json()) {
            if (a.path("assignmentId").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("assignment " + id + " not among the learner's assignments");
    }

    private JsonNode progress(String token, String id, String query) {
        return Api.get(e2e.recommender("/api/assignments/" + id + "/progress" + query), token).expect(200).json();
    }

    private JsonNode teamGaps(String token) {
        return Api.get(e2e.recommender("/api/teams/" + teamId + "/skill-gaps?goal=" + goal), token).expect(200).json();
    }

    private static JsonNode onlyRow(JsonNode report) {
        assertThat(report.path("items")).as("rows of %s", report).hasSize(1);
        return report.path("items").get(0);
    }

    /** The band that counts alice (the only learner) on the goal's only skill. */
    private static String band(JsonNode gaps) {
        assertThat(gaps.path("items")).as("skills of %s", gaps).hasSize(1);
        JsonNode skill = gaps.path("items").get(0);
        assertThat(skill.path("skill").asText()).isEqualTo(SKILL);
        List<String> counted = new ArrayList<>();
        skill.path("counts").properties().forEach(e -> {
            for (int i = 0; i < e.getValue().asInt(); i++) {
                counted.add(e.getKey());
            }
        });
        assertThat(counted).as("one learner counted once: %s", skill).hasSize(1);
        return counted.get(0);
    }

    private static double edge(JsonNode gaps, String band) {
        for (JsonNode b : gaps.path("bands")) {
            if (b.path("band").asText().equals(band)) {
                return b.path("from").asDouble();
            }
        }
        throw new AssertionError("no band " + band + " in " + gaps);
    }

    private static String expectedBand(JsonNode gaps, double mastery) {
        if (mastery >= edge(gaps, "MASTERED")) {
            return "MASTERED";
        }
        return mastery >= edge(gaps, "DEVELOPING") ? "DEVELOPING" : "BEGINNING";
    }

    private double mastery(String token) {
        for (JsonNode skill : Api.get(e2e.recommender("/api/learners/me/mastery"), token).expect(200).json()
                .path("skills")) {
            if (skill.path("code").asText().equals(SKILL)) {
                return skill.path("mastery").asDouble();
            }
        }
        throw new AssertionError("alice has no mastery of " + SKILL + " yet");
    }

    /**
     * Every completion event of the assignment on the progress topic, read from the beginning of each partition to
     * its end once the first has arrived (so that a duplicate would be seen too).
     */
    private List<ConsumerRecord<String, String>> completionEvents(String assignmentId) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, e2e.system().kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "e2e-assignment-flow");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = E2e.await(VISIBLE_WITHIN, "topic " + PROGRESS_TOPIC,
                    () -> consumer.partitionsFor(PROGRESS_TOPIC, Duration.ofSeconds(2)),
                    list -> list != null && !list.isEmpty())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode value = parse(record.value());
                    if (assignmentId.equals(value.path("assignmentId").asText())
                            && aliceId.equals(value.path("learnerId").asText())
                            && COMPLETED.equals(value.path("type").asText())) {
                        found.add(record);
                    }
                }
                if (!found.isEmpty() && end == null) {
                    end = consumer.endOffsets(partitions);
                }
                if (end != null && end.entrySet().stream()
                        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    return found;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no complete read of " + PROGRESS_TOPIC + " with the completion of "
                            + assignmentId + " within 20 s; found " + found.size());
                }
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("a record on " + PROGRESS_TOPIC + " that is not JSON: " + json, e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
