package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.model.AnswerPosition;
import org.learnpath.recommender.model.ConsumedAnswer;
import org.learnpath.recommender.model.PlacementFindings;
import org.learnpath.recommender.model.PlacementNote;
import org.learnpath.recommender.model.PlacementSeeds;
import org.learnpath.recommender.model.PlacementStatus;
import org.learnpath.recommender.model.StoredPlacement;
import org.learnpath.recommender.model.WeighedAnswer;

/** Placement assessments: each learner's placements, the answers linked to them, and what completed ones found. */
@ApplicationScoped
public class PlacementRepository {

    private final Jdbc jdbc;

    public PlacementRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    // On the connection of the calling transaction, if there is one (see Jdbc).

    /**
     * Makes the learner's placement writes (start, skip, finish) take turns until the transaction ends, so that two
     * requests never both start one (the unique index would refuse the second with an error rather than a resume).
     */
    public void lockLearner(String learnerId) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "select pg_advisory_xact_lock(" + AdvisoryLocks.PLACEMENTS + ", hashtext(?))")) {
                statement.setString(1, learnerId);
                statement.executeQuery().close();
            }
        });
    }

    /** The learner's placement in progress, if any (there is at most one). */
    public Optional<StoredPlacement> inProgress(String learnerId) {
        return jdbc.call(c -> one(c, SELECT + " where p.learner_id = ? and p.status = 'IN_PROGRESS'", learnerId));
    }

    /** The learner's most recently started placement for the goal, if any. */
    public Optional<StoredPlacement> latest(String learnerId, String goalSlug) {
        return jdbc.call(c -> one(c, SELECT + " where p.learner_id = ? and p.goal_slug = ?"
                + " order by p.started_at desc, p.id desc limit 1", learnerId, goalSlug));
    }

    public Optional<StoredPlacement> find(UUID id) {
        return jdbc.call(c -> one(c, SELECT + " where p.id = ?", id));
    }

    /** Stores a new placement (in progress, or skipped at once). */
    public void create(StoredPlacement placement) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    insert into placement (id, learner_id, goal_slug, status, started_at, finished_at, max_items)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                statement.setObject(1, placement.id());
                statement.setString(2, placement.learnerId());
                statement.setString(3, placement.goalSlug());
                statement.setString(4, placement.status().name());
                statement.setTimestamp(5, Timestamp.from(placement.startedAt()));
                statement.setTimestamp(6, placement.finishedAt() == null ? null : Timestamp.from(placement.finishedAt()));
                statement.setInt(7, placement.maxItems());
                statement.executeUpdate();
            }
        });
    }

    /** Marks a placement in progress as skipped. */
    public void skip(UUID id, Instant at) {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    update placement set status = 'SKIPPED', finished_at = ?
                    where id = ? and status = 'IN_PROGRESS'""")) {
                statement.setTimestamp(1, Timestamp.from(at));
                statement.setObject(2, id);
                statement.executeUpdate();
            }
        });
    }

    /**
     * Records {@code next} (null: nothing left to ask) as the item the placement in progress asks now, if it still has
     * {@code answered} answers linked and still names {@code expected}: a computation that an answer linked meanwhile
     * made stale, or that another request beat, changes nothing. Returns whether it was recorded.
     */
    public boolean name(UUID id, int answered, String expected, String next) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement("""
                    update placement p set next_item_id = ?
                    where p.id = ? and p.status = 'IN_PROGRESS' and p.next_item_id is not distinct from ?
                      and (select count(*) from placement_answer a where a.placement_id = p.id) = ?""")) {
                statement.setObject(1, next == null ? null : UUID.fromString(next), Types.OTHER);
                statement.setObject(2, id);
                statement.setObject(3, expected == null ? null : UUID.fromString(expected), Types.OTHER);
                statement.setInt(4, answered);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** How many answers of the learner are stored, of any purpose: it only grows, as the learner answers. */
    public long answersOf(String learnerId) {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement("select count(*) from answer where learner_id = ?")) {
                statement.setString(1, learnerId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The answers linked to a placement, in the order they were given. */
    public List<WeighedAnswer> answers(UUID placementId) {
        return jdbc.call(c -> {
            List<WeighedAnswer> answers = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select event_id, item_id, skill_codes, correct, difficulty, guess_floor, answered_at
                    from placement_answer where placement_id = ? order by answered_at, event_id""")) {
                statement.setObject(1, placementId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        answers.add(new WeighedAnswer(rows.getString(1), rows.getString(2),
                                Sql.texts(rows.getArray(3)), rows.getBoolean(4), rows.getDouble(5), rows.getDouble(6),
                                rows.getTimestamp(7).toInstant()));
                    }
                }
            }
            return answers;
        });
    }

    /**
     * Links newly stored placement answers to their learners' placements in progress and returns how many were linked.
     * An answer is linked only if it answers the item the placement names now ({@code next_item_id}, which linking
     * clears), was given at or after the placement started, is the learner's first answer to that item (none stored
     * before it, in any session) and the placement has room left ({@code max_items}). Any other placement answer stays
     * unlinked: stored, weighed by nothing. Otherwise a learner could look an item's key up in a session of their own
     * and then have a right answer to it count. {@code difficulties} are the items' calibrated difficulties (an item
     * absent there is weighed at the prior its answer event carries). Runs in the answer batch's transaction, after
     * the batch's answers are stored: a learner's answers are all consumed by one lane, so no other batch links for the
     * same learner meanwhile.
     */
    public int link(List<ConsumedAnswer> answers, Map<String, Double> difficulties) {
        if (answers.isEmpty()) {
            return 0;
        }
        return jdbc.call(c -> link(c, answers, difficulties));
    }

    /**
     * Completes a placement: its findings stored, and where its seeds went among the learner's answers
     * ({@code after}, null before any).
     */
    public void complete(UUID id, Instant at, AnswerPosition after, PlacementFindings findings) {
        jdbc.run(c -> complete(c, id, at, after, findings));
    }

    /** What a completed placement found; empty findings for one that is not completed. */
    public PlacementFindings findings(UUID id) {
        return jdbc.call(c -> findings(c, id));
    }

    /** Records that a placement wrote seeds: answer lanes read their learners' states again (see service/ReplayGate). */
    public void seeded() {
        jdbc.run(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "update placement_seeding set version = version + 1 where id = 1")) {
                statement.executeUpdate();
            }
        });
    }

    /** How many times placements wrote seeds so far (see {@link #seeded}). */
    public long seedings() {
        return jdbc.call(c -> {
            try (PreparedStatement statement = c.prepareStatement("select version from placement_seeding where id = 1");
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    /**
     * The seeds of the completed placements of the {@code learners} learners with answers whose ids follow
     * {@code afterLearner}: the page {@code AnswerRepository.forEachOfNextLearners} reads with the same arguments. Per
     * learner, in the order they were written.
     */
    public Map<String, List<PlacementSeeds>> seedsOfNextLearners(String afterLearner, int learners) {
        return jdbc.call(c -> seedsOfNextLearners(c, afterLearner, learners));
    }

    /**
     * Per module, why the learner starts past it: from the learner's most recent completed placement that placed
     * them past it, whichever goal it was for.
     */
    public Map<String, PlacementNote> notes(String learnerId) {
        return jdbc.call(c -> {
            Map<String, PlacementNote> notes = new HashMap<>();
            try (PreparedStatement statement = c.prepareStatement("""
                    select distinct on (m.module_slug) m.module_slug, m.shown_skill, m.sentence
                    from placement p join placement_module m on m.placement_id = p.id
                    where p.learner_id = ? and p.status = 'COMPLETED'
                    order by m.module_slug, p.finished_at desc, p.id desc""")) {
                statement.setString(1, learnerId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        notes.put(rows.getString(1), new PlacementNote(rows.getString(1), rows.getString(2),
                                rows.getString(3)));
                    }
                }
            }
            return notes;
        });
    }

    private static final String SELECT = """
            select p.id, p.learner_id, p.goal_slug, p.status, p.started_at, p.finished_at, p.max_items,
                   (select count(*) from placement_answer a where a.placement_id = p.id), p.next_item_id
            from placement p""";

    private static Optional<StoredPlacement> one(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(placement(rows)) : Optional.empty();
            }
        }
    }

    private static StoredPlacement placement(ResultSet rows) throws SQLException {
        return new StoredPlacement(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                PlacementStatus.valueOf(rows.getString(4)), rows.getTimestamp(5).toInstant(),
                Sql.instant(rows.getTimestamp(6)), rows.getInt(7), (int) rows.getLong(8),
                rows.getObject(9) == null ? null : rows.getObject(9, UUID.class).toString());
    }

    /** A learner's placement in progress as linking sees it. */
    private record Open(UUID id, int room, UUID named, Instant startedAt) {
    }

    private static int link(Connection connection, List<ConsumedAnswer> answers, Map<String, Double> difficulties)
            throws SQLException {
        List<String> learners = answers.stream().map(a -> a.answer().learnerId()).distinct().toList();
        // Per learner: the placement in progress, how many more answers it takes, and the item it asks now.
        Map<String, Open> open = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select p.learner_id, p.id,
                       p.max_items - (select count(*) from placement_answer a where a.placement_id = p.id),
                       p.next_item_id, p.started_at
                from placement p where p.learner_id = any(?) and p.status = 'IN_PROGRESS'""")) {
            statement.setArray(1, Sql.texts(connection, learners));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getString(1), new Open(rows.getObject(2, UUID.class), (int) rows.getLong(3),
                            rows.getObject(4, UUID.class), rows.getTimestamp(5).toInstant()));
                }
            }
        }
        int linked = 0;
        for (ConsumedAnswer consumed : answers) {
            AnswerObservation a = consumed.answer();
            Open placement = open.get(a.learnerId());
            UUID item = UUID.fromString(a.itemId());
            if (placement == null || placement.named() == null || !placement.named().equals(item)
                    || placement.room() <= 0 || a.answeredAt().isBefore(placement.startedAt())
                    || seenBefore(connection, consumed, placement.id())) {
                continue;
            }
            if (insertLinked(connection, placement.id(), consumed, difficulties)) {
                linked++;
                // Asked and answered: the next request names the next item.
                open.put(a.learnerId(), new Open(placement.id(), placement.room() - 1, null, placement.startedAt()));
                try (PreparedStatement statement = connection.prepareStatement(
                        "update placement set next_item_id = null where id = ? and next_item_id = ?")) {
                    statement.setObject(1, placement.id());
                    statement.setObject(2, item);
                    statement.executeUpdate();
                }
            }
        }
        return linked;
    }

    /**
     * Whether the learner answered the answer's item before it, in any session (ordinary or placement answers), or the
     * placement has an answer to it already. An answer of the same batch stored after it (a later offset of its
     * partition) does not count: it came after.
     */
    private static boolean seenBefore(Connection connection, ConsumedAnswer consumed, UUID placementId)
            throws SQLException {
        AnswerObservation a = consumed.answer();
        try (PreparedStatement statement = connection.prepareStatement("""
                select exists (select 1 from answer
                               where learner_id = ? and item_id = ? and event_id <> ?
                                 and not (source_partition = ? and source_offset > ?))
                    or exists (select 1 from placement_answer where placement_id = ? and item_id = ?)""")) {
            UUID item = UUID.fromString(a.itemId());
            statement.setString(1, a.learnerId());
            statement.setObject(2, item);
            statement.setObject(3, UUID.fromString(a.eventId()));
            statement.setInt(4, consumed.partition());
            statement.setLong(5, consumed.offset());
            statement.setObject(6, placementId);
            statement.setObject(7, item);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static boolean insertLinked(Connection connection, UUID placementId, ConsumedAnswer consumed,
            Map<String, Double> difficulties) throws SQLException {
        AnswerObservation a = consumed.answer();
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into placement_answer (placement_id, learner_id, event_id, item_id, skill_codes, correct,
                                              difficulty, guess_floor, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")) {
            statement.setObject(1, placementId);
            statement.setString(2, a.learnerId());
            statement.setObject(3, UUID.fromString(a.eventId()));
            statement.setObject(4, UUID.fromString(a.itemId()));
            statement.setArray(5, Sql.texts(connection, a.skillCodes()));
            statement.setBoolean(6, a.correct());
            statement.setDouble(7, difficulties.getOrDefault(a.itemId(), a.itemPriorDifficulty()));
            statement.setDouble(8, a.guessFloor());
            statement.setTimestamp(9, Timestamp.from(a.answeredAt().truncatedTo(ChronoUnit.MICROS)));
            return statement.executeUpdate() == 1;
        }
    }

    private static void complete(Connection connection, UUID id, Instant at, AnswerPosition after,
            PlacementFindings findings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                update placement set status = 'COMPLETED', finished_at = ?, seeded_after_partition = ?,
                    seeded_after_offset = ?
                where id = ? and status = 'IN_PROGRESS'""")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setObject(2, after == null ? null : after.partition(), Types.INTEGER);
            statement.setObject(3, after == null ? null : after.offset(), Types.BIGINT);
            statement.setObject(4, id);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("placement " + id + " is not in progress");
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into placement_skill (placement_id, position, skill_code, known, answered, correct,
                                             seed_mastery, seed_evidence, seed_last_practiced_at,
                                             seed_practice_count, seed_correct_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (PlacementFindings.SkillFinding skill : findings.skills()) {
                SkillMastery seed = skill.seed();
                statement.setObject(1, id);
                statement.setInt(2, position++);
                statement.setString(3, skill.skillCode());
                statement.setDouble(4, skill.known());
                statement.setInt(5, skill.answered());
                statement.setInt(6, skill.correct());
                statement.setObject(7, seed == null ? null : seed.mastery(), Types.DOUBLE);
                statement.setObject(8, seed == null ? null : seed.evidence(), Types.DOUBLE);
                statement.setTimestamp(9, seed == null || seed.lastPracticedAt() == null ? null
                        : Timestamp.from(seed.lastPracticedAt()));
                statement.setObject(10, seed == null ? null : seed.practiceCount(), Types.INTEGER);
                statement.setObject(11, seed == null ? null : seed.correctCount(), Types.INTEGER);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into placement_module (placement_id, position, module_slug, shown_skill, shown_here, sentence)
                values (?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (PlacementFindings.ModuleFinding module : findings.modules()) {
                statement.setObject(1, id);
                statement.setInt(2, position++);
                statement.setString(3, module.moduleSlug());
                statement.setString(4, module.shownSkill());
                statement.setBoolean(5, module.shownHere());
                statement.setString(6, module.sentence());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static PlacementFindings findings(Connection connection, UUID id) throws SQLException {
        Map<UUID, List<PlacementFindings.SkillFinding>> skills = skillFindings(connection,
                "select placement_id, " + SKILL_COLUMNS + " from placement_skill where placement_id = ?"
                        + " order by position", id);
        List<PlacementFindings.ModuleFinding> modules = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select module_slug, shown_skill, shown_here, sentence from placement_module where placement_id = ?
                order by position""")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    modules.add(new PlacementFindings.ModuleFinding(rows.getString(1), rows.getString(2),
                            rows.getBoolean(3), rows.getString(4)));
                }
            }
        }
        return new PlacementFindings(skills.getOrDefault(id, List.of()), modules);
    }

    private static final String SKILL_COLUMNS = """
            skill_code, known, answered, correct, seed_mastery, seed_evidence, seed_last_practiced_at,
            seed_practice_count, seed_correct_count""";

    /** Skill findings by placement, each placement's in study order; the statement's first column is the placement. */
    private static Map<UUID, List<PlacementFindings.SkillFinding>> skillFindings(Connection connection, String sql,
            Object... parameters) throws SQLException {
        Map<UUID, List<PlacementFindings.SkillFinding>> found = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String skill = rows.getString(2);
                    SkillMastery seed = null;
                    if (rows.getObject(6) != null) {
                        seed = new SkillMastery(skill, rows.getDouble(6), rows.getDouble(7),
                                Sql.instant(rows.getTimestamp(8)), rows.getInt(9), rows.getInt(10));
                    }
                    found.computeIfAbsent(rows.getObject(1, UUID.class), p -> new ArrayList<>())
                            .add(new PlacementFindings.SkillFinding(skill, rows.getDouble(3), rows.getInt(4),
                                    rows.getInt(5), seed));
                }
            }
        }
        return found;
    }

    /** A completed placement of a replayed page, before its seeds are read. */
    private record Completed(UUID id, String learnerId, Instant finishedAt, AnswerPosition after) {
    }

    private static Map<String, List<PlacementSeeds>> seedsOfNextLearners(Connection connection, String afterLearner,
            int learners) throws SQLException {
        // The page's learners exactly as AnswerRepository.forEachOfNextLearners selects them.
        List<Completed> placements = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select p.id, p.learner_id, p.finished_at, p.seeded_after_partition, p.seeded_after_offset
                from placement p
                where p.status = 'COMPLETED'
                  and p.learner_id in (select distinct learner_id from answer where learner_id > ?
                                       order by learner_id limit ?)
                order by p.learner_id, p.finished_at, p.id""")) {
            statement.setString(1, afterLearner);
            statement.setInt(2, learners);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    AnswerPosition after = rows.getObject(4) == null ? null
                            : new AnswerPosition(rows.getInt(4), rows.getLong(5));
                    placements.add(new Completed(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), after));
                }
            }
        }
        if (placements.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<PlacementFindings.SkillFinding>> skills = skillFindings(connection,
                "select placement_id, " + SKILL_COLUMNS + " from placement_skill where placement_id = any(?)"
                        + " order by placement_id, position",
                connection.createArrayOf("uuid", placements.stream().map(Completed::id).toArray()));
        Map<String, List<PlacementSeeds>> seeds = new LinkedHashMap<>();
        for (Completed p : placements) {
            List<SkillMastery> written = skills.getOrDefault(p.id(), List.of()).stream()
                    .map(PlacementFindings.SkillFinding::seed).filter(Objects::nonNull).toList();
            seeds.computeIfAbsent(p.learnerId(), l -> new ArrayList<>())
                    .add(new PlacementSeeds(p.id(), p.learnerId(), p.finishedAt(), p.after(), written));
        }
        return seeds;
    }
}
