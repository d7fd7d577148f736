package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.recommender.model.CatalogData;

/**
 * The replicated catalog and item bank. Every write keeps the highest version per key, so a record redelivered
 * or arriving late never rolls an entity back, and bumps the revision other instances poll.
 */
@ApplicationScoped
public class CatalogRepository {

    // On the connection of the calling transaction, if there is one (see Jdbc).

    /** The catalog revision whose changes to learners' paths were last announced (see service/PathSweep). */
    public long pathsSwept() {
        return jdbc.call(c -> pathsSwept(c));
    }

    public void pathsSwept(long revision) {
        jdbc.run(c -> pathsSwept(c, revision));
    }

    public long revision() {
        return jdbc.call(c -> revision(c));
    }

    private final Jdbc jdbc;

    public CatalogRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies one replicated catalog change, in the caller's transaction, and bumps the revision other instances poll. */
    public void apply(CatalogEvent event) {
        jdbc.run(c -> {
            switch (event.type()) {
                case SKILL_UPSERTED -> upsertSkill(c, event.skill().code(), event.skill().name(), event.skill().version());
                case MODULE_UPSERTED -> upsertModule(c, event.module().slug(), event.module().title(),
                        event.module().skills(), event.module().prerequisites(), event.module().version());
                case GOAL_UPSERTED -> upsertGoal(c, event.goal().slug(), event.goal().name(), event.goal().modules(),
                        event.goal().organization(), event.goal().version());
                case SKILL_DELETED -> deleteUpTo(c, "catalog_skill", "code", event.deleted().id(), event.deleted().version());
                case MODULE_DELETED -> deleteUpTo(c, "catalog_module", "slug", event.deleted().id(),
                        event.deleted().version());
                case GOAL_DELETED -> deleteUpTo(c, "catalog_goal", "slug", event.deleted().id(), event.deleted().version());
            }
            bumpRevision(c);
        });
    }

    /** Applies one replicated item change, in the caller's transaction, and bumps the revision other instances poll. */
    public void apply(ItemEvent event) {
        jdbc.run(c -> {
            if (event.isDeletion()) {
                deleteUpTo(c, "catalog_item", "id", event.deleted().id(), event.deleted().version());
            } else {
                ItemEvent.ItemState item = event.item();
                // An event that does not say the item's guessing floor (before revision 1.2) means none.
                upsertItem(c, item.id(), item.skillCodes(), item.difficulty(),
                        item.guessFloor() == null ? 0 : item.guessFloor(), item.status().name(), item.version());
            }
            bumpRevision(c);
        });
    }

    void upsertSkill(Connection c, String code, String name, long version) throws SQLException {
        write(c, """
                insert into catalog_skill (code, name, version) values (?, ?, ?)
                on conflict (code) do update set name = excluded.name, version = excluded.version
                where catalog_skill.version <= excluded.version""", code, name, version);
    }

    void upsertModule(Connection c, String slug, String title, List<String> skills, List<String> prerequisites,
            long version) throws SQLException {
        write(c, """
                insert into catalog_module (slug, title, skill_codes, prerequisites, version) values (?, ?, ?, ?, ?)
                on conflict (slug) do update set title = excluded.title, skill_codes = excluded.skill_codes,
                    prerequisites = excluded.prerequisites, version = excluded.version
                where catalog_module.version <= excluded.version""",
                slug, title, Sql.texts(c, skills), Sql.texts(c, prerequisites), version);
    }

    void upsertGoal(Connection c, String slug, String name, List<String> modules, String organization, long version)
            throws SQLException {
        write(c, """
                insert into catalog_goal (slug, name, module_slugs, organization, version) values (?, ?, ?, ?, ?)
                on conflict (slug) do update set name = excluded.name, module_slugs = excluded.module_slugs,
                    organization = excluded.organization, version = excluded.version
                where catalog_goal.version <= excluded.version""", slug, name, Sql.texts(c, modules), organization,
                version);
    }

    void upsertItem(Connection c, UUID id, List<String> skills, double difficulty, double guessFloor, String status,
            long version) throws SQLException {
        write(c, """
                insert into catalog_item (id, skill_codes, prior_difficulty, guess_floor, status, version)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set skill_codes = excluded.skill_codes,
                    prior_difficulty = excluded.prior_difficulty, guess_floor = excluded.guess_floor,
                    status = excluded.status, version = excluded.version
                where catalog_item.version <= excluded.version""", id, Sql.texts(c, skills), difficulty, guessFloor,
                status, version);
    }

    /** Deletes the entry of {@code key} unless its version is newer than {@code version} (the deleted one's last). */
    void deleteUpTo(Connection c, String table, String keyColumn, Object key, long version) throws SQLException {
        write(c, "delete from " + table + " where " + keyColumn + " = ? and version <= ?", key, version);
    }

    void bumpRevision(Connection c) throws SQLException {
        write(c, "update catalog_revision set revision = revision + 1 where id = 1");
    }

    long pathsSwept(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select paths_swept from catalog_revision where id = 1");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    void pathsSwept(Connection c, long revision) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "update catalog_revision set paths_swept = greatest(paths_swept, ?) where id = 1")) {
            statement.setLong(1, revision);
            statement.executeUpdate();
        }
    }

    long revision(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("select revision from catalog_revision where id = 1");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Everything, if the stored revision is not {@code known}: read in one repeatable-read transaction of its own, so
     * that what is returned is consistent with its revision. Empty when the revision has not moved.
     */
    public Optional<CatalogData> loadIfChanged(long known) {
        return jdbc.call(c -> {
            if (revision(c) == known) {
                return Optional.empty();
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return Optional.of(load(c));
            } finally {
                c.rollback();
            }
        });
    }

    private CatalogData load(Connection c) throws SQLException {
        long revision = revision(c);
        List<CatalogData.Skill> skills = new ArrayList<>();
        List<CatalogData.Module> modules = new ArrayList<>();
        List<CatalogData.Goal> goals = new ArrayList<>();
        List<CatalogData.Item> items = new ArrayList<>();
        query(c, "select code, name from catalog_skill order by code",
                rows -> skills.add(new CatalogData.Skill(rows.getString(1), rows.getString(2))));
        query(c, "select slug, title, skill_codes, prerequisites from catalog_module order by slug",
                rows -> modules.add(new CatalogData.Module(rows.getString(1), rows.getString(2),
                        Sql.texts(rows.getArray(3)), Sql.texts(rows.getArray(4)))));
        query(c, "select slug, name, module_slugs, organization from catalog_goal order by slug",
                rows -> goals.add(new CatalogData.Goal(rows.getString(1), rows.getString(2),
                        Sql.texts(rows.getArray(3)), rows.getString(4))));
        query(c, """
                select id, skill_codes, prior_difficulty, guess_floor from catalog_item where status = 'PUBLISHED'
                order by id""",
                rows -> items.add(new CatalogData.Item(rows.getString(1), Sql.texts(rows.getArray(2)),
                        rows.getDouble(3), rows.getDouble(4))));
        return new CatalogData(revision, skills, modules, goals, items);
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection c, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    private static void write(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
