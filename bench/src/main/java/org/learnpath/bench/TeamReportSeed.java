package org.learnpath.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.learner.Forgetting;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.MasteryForecast;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;

/**
 * Seeds the recommender's database with one team and its history for the team report benchmark
 * (bench/team-report.sh): a team of an organization (500 members by default) managed by one manager, each member
 * with an answer history over the last days and the mastery rows the learner model derives from it, and an
 * assignment of a goal to the team with a due date. Written straight into the tables the reports read, since pushing 100,000 answers through
 * the answer pipeline would take minutes and measure something else.
 *
 * <p>The history is simulated, not drawn at random row by row, so that mastery, answers, paces and completions agree
 * with each other as they would in the service: each learner has a hidden profile (skills known beforehand, a
 * learning rate) and works through the goal's skills in study order, mostly on the first skill not yet mastered,
 * sometimes reviewing an earlier one; the answers are folded into {@link LearnerModel} with the service's default
 * parameters and forgetting, and its skill states become the mastery rows. Activity varies: most learners answered
 * until the last days, some stopped weeks ago, some started late. Learners who first mastered the whole goal after
 * the assignment was made get a completion record, as the service writes one. {@code --other-learners N} adds N more
 * learners of the organization with the same kind of history, in a team of their own nobody manages and without the
 * assignment, so that the reports read the team's rows out of a bigger table.
 *
 * <p>Every id is new per run, and the team's key starts with {@link #KEY_PREFIX}: {@code --mode clean} removes every
 * team with that prefix, its members' rows (answers, mastery, organization, completions) and its assignments, the
 * leftovers of a killed run included, and vacuums the tables it removed them from.
 *
 * <p>Usage: TeamReportSeed [--mode seed|clean] [--jdbc URL] [--user U] [--password P] [--team-size 500]
 * [--other-learners 0] [--answers 200] [--days 30] [--goal data-analyst] [--organization acme] [--manager SUBJECT]
 * [--assigned-days-ago 21] [--due-in-days 30] [--items-per-skill 8] [--seed 1]. Prints {@code TEAM id} and
 * {@code ASSIGNMENT id} lines for the script.
 */
public final class TeamReportSeed {

    static final String KEY_PREFIX = "bench-team-report-";

    /** The hidden profile's response model, as {@link Simulator}'s: known skills slip, unknown ones are guessed. */
    private static final double SLIP = 0.1;
    private static final double GUESS = 0.2;
    /** The service's default (learnpath.recommender.mastery-threshold). */
    private static final double THRESHOLD = 0.95;
    /** The service's default forgetting (learnpath.recommender.forgetting-half-life). */
    private static final Duration HALF_LIFE = Duration.ofDays(30);
    /** Share of answers that review an earlier skill rather than the next one, as the recommender's reviews do. */
    private static final double REVIEW_SHARE = 0.1;

    private final Map<String, String> options;
    private final Random random;

    private TeamReportSeed(Map<String, String> options) {
        this.options = options;
        this.random = new Random(Long.parseLong(option("seed", "1")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        TeamReportSeed seed = new TeamReportSeed(options);
        try (Connection connection = DriverManager.getConnection(
                seed.option("jdbc", "jdbc:postgresql://127.0.0.1:15432/recommender?reWriteBatchedInserts=true"),
                seed.option("user", "learnpath"), seed.option("password", "learnpath"))) {
            connection.setAutoCommit(false);
            if (seed.option("mode", "seed").equals("clean")) {
                seed.clean(connection);
                connection.commit();
                vacuum(connection);
            } else {
                seed.seed(connection);
                connection.commit();
            }
        }
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    /** One item of the bank as the recommender's catalog copy holds it. */
    private record Item(UUID id, List<String> skillCodes, double priorDifficulty) {
    }

    /** A simulated learner's answer, ready to insert. */
    private record Answer(UUID eventId, UUID itemId, List<String> skillCodes, boolean correct, Instant answeredAt,
            double priorDifficulty, int attemptNumber, long responseTimeMillis) {
    }

    private void seed(Connection c) throws SQLException {
        int teamSize = intOption("team-size", 500);
        int others = intOption("other-learners", 0);
        String goal = option("goal", "data-analyst");
        String organization = option("organization", "acme");
        String manager = option("manager", "00000000-0000-4000-8000-0000000a0005");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant assignedAt = now.minus(Duration.ofDays(intOption("assigned-days-ago", 21)));
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(intOption("due-in-days", 30));

        CatalogGraph graph = graph(c);
        if (graph.goal(goal) == null) {
            throw new IllegalStateException("No goal '" + goal + "' in the recommender's catalog copy yet");
        }
        List<String> skills = List.copyOf(MasteryForecast.goalSkills(graph, goal));
        Map<String, List<Item>> itemsBySkill = items(c, skills);
        ModelConfig config = ModelConfig.defaults().withForgetting(Forgetting.halfLife(HALF_LIFE));
        LearnerModel model = new LearnerModel(config);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long started = System.nanoTime();

        UUID teamId = UUID.randomUUID();
        UUID assignmentId = UUID.randomUUID();
        insertTeam(c, teamId, organization, KEY_PREFIX + run, "Team report benchmark " + run, manager, assignedAt);
        // The assignment first: its completions refer to it.
        insertAssignment(c, assignmentId, organization, goal, teamId, due, manager, assignedAt);
        Totals team = seedLearners(c, teamId, teamSize, organization, skills, itemsBySkill, model, config, now,
                assignmentId, assignedAt);
        Totals rest = new Totals();
        if (others > 0) {
            // Other learners of the organization, in a team of their own that nobody manages: the reports' statements
            // then pick the team's answers out of a bigger table, as they would in a deployment.
            UUID othersId = UUID.randomUUID();
            insertTeam(c, othersId, organization, KEY_PREFIX + run + "-others", "Team report benchmark " + run
                    + ", other learners", null, assignedAt);
            rest = seedLearners(c, othersId, others, organization, skills, itemsBySkill, model, config, now, null,
                    assignedAt);
        }
        try (Statement statement = c.createStatement()) {
            // Fresh statistics, as autovacuum would have them on tables that grew gradually.
            statement.execute("analyze answer, mastery, team, team_member, learner_organization, assignment,"
                    + " assignment_completion");
        }
        System.out.printf(Locale.ROOT, "seeded a team of %d learners (%d answers, %d mastery rows, %d completions)"
                + " and %d other learners (%d answers, %d mastery rows) on %d skills of goal %s (%d items measuring"
                + " them) in %.1f s%n", teamSize, team.answers, team.masteryRows, team.completions, others,
                rest.answers, rest.masteryRows, skills.size(), goal,
                itemsBySkill.values().stream().flatMap(List::stream).map(Item::id).distinct().count(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("TEAM " + teamId);
        System.out.println("ASSIGNMENT " + assignmentId);
    }

    /** What {@link #seedLearners} wrote. */
    private static final class Totals {
        long answers;
        long masteryRows;
        int completions;
    }

    /**
     * {@code count} new members of the team, each with a simulated history, the mastery rows it leaves and, when
     * {@code assignmentId} is set, the completion of that assignment if they reached it.
     */
    private Totals seedLearners(Connection c, UUID teamId, int count, String organization, List<String> skills,
            Map<String, List<Item>> itemsBySkill, LearnerModel model, ModelConfig config, Instant now,
            UUID assignmentId, Instant assignedAt) throws SQLException {
        int meanAnswers = intOption("answers", 200);
        int days = intOption("days", 30);
        Totals totals = new Totals();
        try (PreparedStatement member = c.prepareStatement(
                "insert into team_member (team_id, learner_id, display_name) values (?, ?, ?)");
                PreparedStatement org = c.prepareStatement(
                        "insert into learner_organization (learner_id, organization, since) values (?, ?, ?)");
                PreparedStatement answer = c.prepareStatement("""
                        insert into answer (event_id, learner_id, item_id, skill_codes, correct, answered_at,
                            prior_difficulty, source_partition, source_offset, attempt_number, response_time_millis)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""");
                PreparedStatement mastery = c.prepareStatement("""
                        insert into mastery (learner_id, skill_code, mastery, last_practiced_at, practice_count,
                            correct_count, updated_at, evidence) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement completion = c.prepareStatement("""
                        insert into assignment_completion (assignment_id, learner_id, completed_at, event_id)
                        values (?, ?, ?, ?)""")) {
            for (int n = 0; n < count; n++) {
                String learner = UUID.randomUUID().toString();
                List<Answer> history = simulate(learner, skills, itemsBySkill, model, meanAnswers, days, now);
                member.setObject(1, teamId);
                member.setString(2, learner);
                member.setString(3, String.format(Locale.ROOT, "Bench Learner %05d", n + 1));
                member.addBatch();
                org.setString(1, learner);
                org.setString(2, organization);
                org.setTimestamp(3, Timestamp.from(history.isEmpty() ? now : history.get(0).answeredAt()));
                org.addBatch();
                for (Answer a : history) {
                    answer.setObject(1, a.eventId());
                    answer.setString(2, learner);
                    answer.setObject(3, a.itemId());
                    answer.setArray(4, texts(c, a.skillCodes()));
                    answer.setBoolean(5, a.correct());
                    answer.setTimestamp(6, Timestamp.from(a.answeredAt()));
                    answer.setDouble(7, a.priorDifficulty());
                    answer.setLong(8, ++totals.answers);
                    answer.setInt(9, a.attemptNumber());
                    answer.setLong(10, a.responseTimeMillis());
                    answer.addBatch();
                }
                for (SkillMastery state : model.skillStates(learner).values()) {
                    mastery.setString(1, learner);
                    mastery.setString(2, state.skillCode());
                    mastery.setDouble(3, state.mastery());
                    mastery.setTimestamp(4, Timestamp.from(state.lastPracticedAt()));
                    mastery.setInt(5, state.practiceCount());
                    mastery.setInt(6, state.correctCount());
                    mastery.setTimestamp(7, Timestamp.from(state.lastPracticedAt()));
                    mastery.setDouble(8, state.evidence());
                    mastery.addBatch();
                    totals.masteryRows++;
                }
                Instant completedAt = assignmentId == null ? null
                        : completedAt(config, learner, skills, history, assignedAt);
                if (completedAt != null) {
                    completion.setObject(1, assignmentId);
                    completion.setString(2, learner);
                    completion.setTimestamp(3, Timestamp.from(completedAt));
                    completion.setObject(4, UUID.randomUUID());
                    completion.addBatch();
                    totals.completions++;
                }
                if (n % 50 == 49 || n == count - 1) {
                    member.executeBatch();
                    org.executeBatch();
                    answer.executeBatch();
                    mastery.executeBatch();
                    completion.executeBatch();
                }
            }
        }
        return totals;
    }

    /**
     * One learner's history: answers spread over their active days, each on the first goal skill not yet mastered
     * (or, now and then, a review of an earlier one), right or wrong as the hidden profile says, folded into the
     * model as the service would.
     */
    private List<Answer> simulate(String learner, List<String> skills, Map<String, List<Item>> itemsBySkill,
            LearnerModel model, int meanAnswers, int days, Instant now) {
        int count = (int) Math.round(meanAnswers * (0.5 + random.nextDouble()));
        // Most learners answered until the last day or two; a sixth stopped two to four weeks ago; some started late.
        double startDaysAgo = days * (random.nextDouble() < 0.2 ? 0.3 + 0.5 * random.nextDouble()
                : 0.85 + 0.15 * random.nextDouble());
        double endDaysAgo = random.nextDouble() < 1 / 6.0 ? Math.min(startDaysAgo * 0.8, 14 + 10 * random.nextDouble())
                : 2 * random.nextDouble();
        Instant start = now.minus(Duration.ofMillis((long) (startDaysAgo * 86_400_000L)));
        long span = (long) ((startDaysAgo - endDaysAgo) * 86_400_000L);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = (long) (random.nextDouble() * span);
        }
        Arrays.sort(offsets);

        double knownBefore = 0.4 * random.nextDouble();
        double learnRate = 0.05 + 0.25 * random.nextDouble();
        Map<String, Boolean> knows = new HashMap<>();
        skills.forEach(skill -> knows.put(skill, random.nextDouble() < knownBefore));
        Map<UUID, Integer> attempts = new HashMap<>();
        List<Answer> history = new ArrayList<>(count);
        for (long offset : offsets) {
            Instant at = start.plusMillis(offset);
            String target = next(learner, skills, model, at);
            List<Item> candidates = itemsBySkill.get(target);
            Item item = candidates.get(random.nextInt(candidates.size()));
            boolean allKnown = item.skillCodes().stream().allMatch(knows::get);
            boolean correct = random.nextDouble() < (allKnown ? 1 - SLIP : GUESS);
            for (String skill : item.skillCodes()) {
                if (!knows.get(skill) && random.nextDouble() < learnRate) {
                    knows.put(skill, true);
                }
            }
            int attempt = attempts.merge(item.id(), 1, Integer::sum);
            // Log-normal around 25 s: most answers take seconds, a few are left open for many minutes.
            long millis = Math.max(1_500, Math.round(25_000 * Math.exp(0.8 * random.nextGaussian())));
            Answer answer = new Answer(UUID.randomUUID(), item.id(), item.skillCodes(), correct, at,
                    item.priorDifficulty(), attempt, millis);
            model.apply(new AnswerObservation(answer.eventId().toString(), learner, item.id().toString(),
                    item.skillCodes(), correct, at, item.priorDifficulty(), attempt));
            history.add(answer);
        }
        return history;
    }

    /** The first skill in study order not mastered at {@code at}; or, for a review, one practised before it. */
    private String next(String learner, List<String> skills, LearnerModel model, Instant at) {
        int first = skills.size() - 1;
        for (int i = 0; i < skills.size(); i++) {
            if (model.mastery(learner, skills.get(i), at) < THRESHOLD) {
                first = i;
                break;
            }
        }
        return first > 0 && random.nextDouble() < REVIEW_SHARE ? skills.get(random.nextInt(first)) : skills.get(first);
    }

    /**
     * When the learner first stood at mastery on every goal skill at one of their answers after the assignment was
     * made (the service checks at each applied answer); null if never.
     */
    private static Instant completedAt(ModelConfig config, String learner, List<String> skills,
            List<Answer> history, Instant assignedAt) {
        // The states after the last answer are the only ones the model keeps; replay the learner to find the moment.
        LearnerModel replay = new LearnerModel(config);
        for (Answer a : history) {
            replay.apply(new AnswerObservation(a.eventId().toString(), learner, a.itemId().toString(), a.skillCodes(),
                    a.correct(), a.answeredAt(), a.priorDifficulty(), a.attemptNumber()));
            if (!a.answeredAt().isBefore(assignedAt)
                    && skills.stream().allMatch(skill -> replay.mastery(learner, skill, a.answeredAt()) >= THRESHOLD)) {
                return a.answeredAt();
            }
        }
        return null;
    }

    /** The catalog as the recommender replicated it: the same goal skills, in the same order, as its reports. */
    private static CatalogGraph graph(Connection c) throws SQLException {
        CatalogGraph.Builder builder = CatalogGraph.builder();
        try (Statement statement = c.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select code, name from catalog_skill order by code")) {
                while (rows.next()) {
                    builder.skill(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select slug, title, skill_codes, prerequisites from catalog_module order by slug")) {
                while (rows.next()) {
                    builder.module(rows.getString(1), rows.getString(2), strings(rows.getArray(3)),
                            strings(rows.getArray(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("select slug, name, module_slugs from catalog_goal order by slug")) {
                while (rows.next()) {
                    builder.goal(rows.getString(1), rows.getString(2), strings(rows.getArray(3)));
                }
            }
        }
        return builder.build();
    }

    /**
     * Published items measuring only goal skills, by skill; a skill without one gets made-up single-skill items (the
     * reports read the answers' skill codes, not the items).
     */
    private Map<String, List<Item>> items(Connection c, List<String> skills) throws SQLException {
        Map<String, List<Item>> bySkill = new LinkedHashMap<>();
        skills.forEach(skill -> bySkill.put(skill, new ArrayList<>()));
        Set<String> goalSkills = Set.copyOf(skills);
        try (PreparedStatement statement = c.prepareStatement("""
                select id, skill_codes, prior_difficulty from catalog_item
                where status = 'PUBLISHED' and skill_codes && ?::text[]""")) {
            statement.setArray(1, texts(c, skills));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> codes = strings(rows.getArray(2));
                    if (goalSkills.containsAll(codes)) {
                        Item item = new Item(rows.getObject(1, UUID.class), codes, rows.getDouble(3));
                        codes.forEach(code -> bySkill.get(code).add(item));
                    }
                }
            }
        }
        int madeUp = intOption("items-per-skill", 8);
        bySkill.forEach((skill, items) -> {
            if (items.isEmpty()) {
                for (int i = 0; i < madeUp; i++) {
                    items.add(new Item(UUID.randomUUID(), List.of(skill), (i % 5 - 2) / 2.0));
                }
            }
        });
        return bySkill;
    }

    private static void insertTeam(Connection c, UUID id, String organization, String key, String name,
            String manager, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                insert into team (id, organization, team_key, name, created_at, updated_at) values (?, ?, ?, ?, ?, ?)""")) {
            statement.setObject(1, id);
            statement.setString(2, organization);
            statement.setString(3, key);
            statement.setString(4, name);
            statement.setTimestamp(5, Timestamp.from(at));
            statement.setTimestamp(6, Timestamp.from(at));
            statement.executeUpdate();
        }
        if (manager == null) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(
                "insert into team_manager (team_id, manager_id) values (?, ?)")) {
            statement.setObject(1, id);
            statement.setString(2, manager);
            statement.executeUpdate();
        }
    }

    private static void insertAssignment(Connection c, UUID id, String organization, String goal, UUID teamId,
            LocalDate due, String createdBy, Instant at) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                insert into assignment (id, organization, goal_slug, team_id, due_date, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setObject(1, id);
            statement.setString(2, organization);
            statement.setString(3, goal);
            statement.setObject(4, teamId);
            statement.setObject(5, due);
            statement.setString(6, createdBy);
            statement.setTimestamp(7, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    /** Removes every benchmark team (by key prefix), its members' rows and its assignments. */
    private void clean(Connection c) throws SQLException {
        String learners = """
                select m.learner_id from team_member m join team t on t.id = m.team_id where t.team_key like ?""";
        String[] statements = {
            "delete from answer where learner_id in (" + learners + ")",
            "delete from mastery where learner_id in (" + learners + ")",
            "delete from learner_organization where learner_id in (" + learners + ")",
            "delete from learner_goal where learner_id in (" + learners + ")",
            // Completions and named learners go with their assignments (on delete cascade).
            "delete from assignment where team_id in (select id from team where team_key like ?)",
            "delete from team where team_key like ?",
        };
        String[] what = {"answers", "mastery rows", "organization rows", "goal rows", "assignments", "teams"};
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < statements.length; i++) {
            try (PreparedStatement statement = c.prepareStatement(statements[i])) {
                statement.setString(1, KEY_PREFIX + "%");
                removed.add(statement.executeUpdate() + " " + what[i]);
            }
        }
        System.out.println("removed " + String.join(", ", removed));
    }

    /**
     * Reclaims the removed rows at once rather than whenever autovacuum comes by: a run removes a million answers,
     * and until they are vacuumed every sequential scan of the table (a plan the reports' statements can get) reads
     * their pages too, so back-to-back runs would each measure a bigger table.
     */
    private static void vacuum(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
            statement.execute("vacuum (analyze) answer, mastery, learner_organization, team_member, team,"
                    + " assignment, assignment_completion");
        }
    }

    private static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
