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

    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = CatalogEvent.class.getResourceAsStream(CatalogEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(CatalogEvent event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    @Test
    void everyKindOfEventMatchesTheSchema() throws Exception {
        Instant now = Instant.parse("2026-11-25T10:15:30Z");
        var skill = CatalogEvent.skillUpserted(UUID.randomUUID(), now,
                new CatalogEvent.SkillState("linear-regression", "Linear regression", "Fit and read OLS", "MACHINE_LEARNING", 2));
        var module = CatalogEvent.moduleUpserted(UUID.randomUUID(), now,
                new CatalogEvent.ModuleState("regression-basics", "Regression", "Summary", "MACHINE_LEARNING", "BEGINNER",
                        90, List.of("linear-regression"), List.of("python-pandas"), 0));
        var goal = CatalogEvent.goalUpserted(UUID.randomUUID(), now,
                new CatalogEvent.GoalState("data-analyst", "Data Analyst", "For analysts", List.of("regression-basics"), 1));

        for (CatalogEvent event : List.of(skill, module, goal)) {
            assertThat(SCHEMA.validate(json(event))).as(event.type().name()).isEmpty();
        }
        assertThat(module.key()).isEqualTo("module:regression-basics");
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
    }

    @Test
    void roundTripsThroughTheSharedMapper() {
        var skill = CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
                new CatalogEvent.SkillState("eda", "EDA", "Explore", "DATA_ANALYSIS", 0));
        assertThat(EventJson.read(EventJson.write(skill), CatalogEvent.class)).isEqualTo(skill);
    }

    @Test
    void deletionsAreNotEventValues() {
        assertThatThrownBy(() -> new CatalogEvent(1, UUID.randomUUID(), CatalogEventType.MODULE_DELETED, Instant.now(),
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
