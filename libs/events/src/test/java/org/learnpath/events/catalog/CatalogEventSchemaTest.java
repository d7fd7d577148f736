package org.learnpath.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;

class CatalogEventSchemaTest {

    private static final JsonSchema SCHEMA = loadSchema(CatalogEvent.SCHEMA_RESOURCE);
    /** Revision 1.0 as it was published, before deletions were events: what readers not yet upgraded check. */
    private static final JsonSchema REVISION_1_0 = loadSchema("/schemas/v1.0/catalog-event-v1.schema.json");

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    private static JsonSchema loadSchema(String resource) {
        try (InputStream in = CatalogEvent.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(CatalogEvent event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    private static List<CatalogEvent> upserts() {
        return List.of(
                CatalogEvent.skillUpserted(UUID.randomUUID(), NOW, new CatalogEvent.SkillState("linear-regression",
                        "Linear regression", "Fit and read OLS", "MACHINE_LEARNING", 2)),
                CatalogEvent.moduleUpserted(UUID.randomUUID(), NOW, new CatalogEvent.ModuleState("regression-basics",
                        "Regression", "Summary", "MACHINE_LEARNING", "BEGINNER", 90, List.of("linear-regression"),
                        List.of("python-pandas"), 0)),
                CatalogEvent.goalUpserted(UUID.randomUUID(), NOW, new CatalogEvent.GoalState("data-analyst",
                        "Data Analyst", "For analysts", List.of("regression-basics"), 1)));
    }

    private static List<CatalogEvent> deletions() {
        return List.of(
                CatalogEvent.skillDeleted(UUID.randomUUID(), NOW, "linear-regression", 3),
                CatalogEvent.moduleDeleted(UUID.randomUUID(), NOW, "regression-basics", 0),
                CatalogEvent.goalDeleted(UUID.randomUUID(), NOW, "data-analyst", 7));
    }

    @Test
    void everyKindOfEventMatchesTheSchema() throws Exception {
        for (CatalogEvent event : upserts()) {
            assertThat(SCHEMA.validate(json(event))).as(event.type().name()).isEmpty();
        }
        for (CatalogEvent event : deletions()) {
            assertThat(SCHEMA.validate(json(event))).as(event.type().name()).isEmpty();
        }
        assertThat(upserts().get(1).key()).isEqualTo("module:regression-basics");
        assertThat(deletions().get(1).key()).isEqualTo("module:regression-basics");
        assertThat(deletions().get(0).deleted().id()).isEqualTo("linear-regression");
    }

    @Test
    void aDeletionCarriesTheKeyAndTheLastVersionAndNothingElse() throws Exception {
        JsonNode deletion = json(CatalogEvent.moduleDeleted(UUID.randomUUID(), NOW, "regression-basics", 4));
        assertThat(deletion.get("type").asText()).isEqualTo("MODULE_DELETED");
        assertThat(deletion.get("deleted").get("key").asText()).isEqualTo("module:regression-basics");
        assertThat(deletion.get("deleted").get("version").asLong()).isEqualTo(4);
        assertThat(deletion.has("module")).isFalse();

        ObjectNode withoutDeleted = (ObjectNode) deletion.deepCopy();
        withoutDeleted.remove("deleted");
        assertThat(SCHEMA.validate(withoutDeleted)).isNotEmpty();

        ObjectNode wrongKind = (ObjectNode) deletion.deepCopy();
        ((ObjectNode) wrongKind.get("deleted")).put("key", "skill:regression-basics");
        assertThat(SCHEMA.validate(wrongKind)).isNotEmpty();

        ObjectNode withState = (ObjectNode) deletion.deepCopy();
        withState.set("module", json(upserts().get(1)).get("module"));
        assertThat(SCHEMA.validate(withState)).isNotEmpty();

        ObjectNode noVersion = (ObjectNode) deletion.deepCopy();
        ((ObjectNode) noVersion.get("deleted")).remove("version");
        assertThat(SCHEMA.validate(noVersion)).isNotEmpty();
    }

    /**
     * The compatibility rule of the schema's description: upserts of this revision are valid under revision 1.0, and
     * what revision 1.0 writers wrote still reads; a deletion event is refused by a 1.0 reader rather than applied.
     */
    @Test
    void upsertsStayReadableByRevision10ReadersAndOldUpsertsStillRead() throws Exception {
        for (CatalogEvent event : upserts()) {
            JsonNode node = json(event);
            assertThat(REVISION_1_0.validate(node)).as(event.type().name()).isEmpty();
            // Exactly the fields of revision 1.0: nothing derived leaks into the value.
            assertThat(node.fieldNames()).toIterable().as(event.type().name()).containsExactlyInAnyOrder(
                    "schemaVersion", "eventId", "type", "occurredAt", event.type().name().split("_")[0].toLowerCase());
        }
        assertThat(json(deletions().get(0)).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("schemaVersion", "eventId", "type", "occurredAt", "deleted");
        for (CatalogEvent event : deletions()) {
            assertThat(REVISION_1_0.validate(json(event))).as(event.type().name()).isNotEmpty();
        }
        // As a revision 1.0 producer wrote it, with a field from some later revision this reader does not know.
        String written10 = """
                {"schemaVersion":1,"eventId":"6f1c7d3e-0c1b-4b7e-9d7e-2f0a1b2c3d4e","type":"MODULE_UPSERTED",
                 "occurredAt":"2026-01-02T03:04:05Z","futureField":{"x":1},
                 "module":{"slug":"eda","title":"EDA","summary":"s","area":"DATA_ANALYSIS","level":"BEGINNER",
                   "estimatedMinutes":30,"skills":["eda-workflow"],"prerequisites":[],"version":2}}""";
        assertThat(SCHEMA.validate(EventJson.mapper().readTree(written10))).isEmpty();
        CatalogEvent read = EventJson.read(written10, CatalogEvent.class);
        assertThat(read.key()).isEqualTo("module:eda");
        assertThat(read.module().version()).isEqualTo(2);
        assertThat(read.deleted()).isNull();
    }

    @Test
    void schemaRejectsAnEventWhosePayloadDoesNotMatchItsType() throws Exception {
        var module = CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.ModuleState("m", "T", "S", "MACHINE_LEARNING", "BEGINNER", 30, List.of(), List.of(), 0));
        ObjectNode node = (ObjectNode) json(module);
        node.put("type", "SKILL_UPSERTED");
        assertThat(SCHEMA.validate(node)).isNotEmpty();

        ObjectNode badSlug = (ObjectNode) json(module);
        ((ObjectNode) badSlug.get("module")).put("slug", "Not A Slug");
        assertThat(SCHEMA.validate(badSlug)).isNotEmpty();

        ObjectNode deletedType = (ObjectNode) json(module);
        deletedType.put("type", "MODULE_DELETED");
        assertThat(SCHEMA.validate(deletedType)).isNotEmpty();
    }

    @Test
    void roundTripsThroughTheSharedMapper() {
        var skill = CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
                new CatalogEvent.SkillState("eda", "EDA", "Explore", "DATA_ANALYSIS", 0));
        assertThat(EventJson.read(EventJson.write(skill), CatalogEvent.class)).isEqualTo(skill);
        for (CatalogEvent deletion : deletions()) {
            assertThat(EventJson.read(EventJson.write(deletion), CatalogEvent.class)).isEqualTo(deletion);
        }
    }

    @Test
    void anEventCarriesExactlyThePayloadOfItsType() {
        var state = new CatalogEvent.ModuleState("m", "T", "S", "MACHINE_LEARNING", "BEGINNER", 30, List.of(), List.of(), 0);
        assertThatThrownBy(() -> new CatalogEvent(1, UUID.randomUUID(), CatalogEventType.MODULE_DELETED, NOW,
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogEvent(1, UUID.randomUUID(), CatalogEventType.MODULE_DELETED, NOW,
                null, state, null, new CatalogEvent.Deletion("module:m", 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogEvent(1, UUID.randomUUID(), CatalogEventType.SKILL_DELETED, NOW,
                null, null, null, new CatalogEvent.Deletion("module:m", 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CatalogEvent(1, UUID.randomUUID(), CatalogEventType.SKILL_UPSERTED, NOW,
                null, state, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
