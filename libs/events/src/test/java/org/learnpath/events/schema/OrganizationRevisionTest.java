package org.learnpath.events.schema;

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
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.path.PathUpdatedEvent;

/**
 * The organization fields are additive revisions of schema version 1: events written before them (no
 * {@code organization}) still validate and read, as a value with no organization; events written after them
 * validate, round-trip, and differ from the old ones by that one optional field only.
 */
class OrganizationRevisionTest {

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = OrganizationRevisionTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static AnswerEvent answer(String organization) {
        return new AnswerEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000001"), "learner-1",
                UUID.fromString("0190a1b2-0000-7000-8000-000000000002"), 2, List.of("linear-regression"), true, 1.0,
                8200, Instant.parse("2026-11-25T10:15:30.123Z"), null,
                UUID.fromString("0190a1b2-0000-7000-8000-000000000003"), 1, AnswerEvent.Source.LEARNER, 0.4,
                organization);
    }

    private static PathUpdatedEvent path(String organization) {
        return new PathUpdatedEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000004"), "learner-1",
                "data-analyst", Instant.parse("2026-11-25T10:15:30Z"), null,
                new PathUpdatedEvent.Step("STUDY", "eda", "eda-summary-statistics", "READY_FOR_GOAL", "Study EDA."),
                3, 12, false, organization);
    }

    private static CatalogEvent goal(String organization) {
        return CatalogEvent.goalUpserted(UUID.fromString("0190a1b2-0000-7000-8000-000000000005"),
                Instant.parse("2026-11-25T10:15:30Z"), new CatalogEvent.GoalState("acme-analysts", "Acme analysts",
                        "Our analysts' path", List.of("eda", "linear-regression"), 3, organization));
    }

    @Test
    void anAnswerEventOfRevisionOneZeroStillValidatesAndReadsWithNoOrganization() throws Exception {
        JsonNode old = EventJson.mapper().readTree(EventJson.write(answer(null)));
        assertThat(old.has("organization")).isFalse();
        assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(old)).isEmpty();
        AnswerEvent read = EventJson.read(old.toString(), AnswerEvent.class);
        assertThat(read.organization()).isNull();
        assertThat(read).isEqualTo(answer(null));
    }

    @Test
    void anAnswerEventWithItsOrganizationValidatesRoundTripsAndAddsOnlyThatField() throws Exception {
        String json = EventJson.write(answer("acme"));
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(json);
        assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(tree)).isEmpty();
        assertThat(EventJson.read(json, AnswerEvent.class)).isEqualTo(answer("acme"));
        tree.remove("organization");
        assertThat(tree).isEqualTo(EventJson.mapper().readTree(EventJson.write(answer(null))));
    }

    @Test
    void anOrganizationThatIsNotAnAliasIsRefusedByTheSchemaAndTheRecord() throws Exception {
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(EventJson.write(answer("acme")));
        for (String bad : List.of("", "Acme", "acme corp", "-acme", "a".repeat(64))) {
            tree.put("organization", bad);
            assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(tree)).as(bad).isNotEmpty();
            assertThatThrownBy(() -> answer(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void pathEventsReadWithAndWithoutOrganization() throws Exception {
        for (String organization : new String[] {null, "globex"}) {
            String json = EventJson.write(path(organization));
            assertThat(schema(PathUpdatedEvent.SCHEMA_RESOURCE).validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, PathUpdatedEvent.class)).isEqualTo(path(organization));
        }
    }

    @Test
    void aGoalOfRevisionOneOneReadsAsAGoalEveryoneSeesAndAnOrganizationsGoalKeepsItsOwner() throws Exception {
        JsonNode old = EventJson.mapper().readTree(EventJson.write(goal(null)));
        assertThat(old.get("goal").has("organization")).isFalse();
        assertThat(schema(CatalogEvent.SCHEMA_RESOURCE)
                .validate(old)).isEmpty();
        assertThat(EventJson.read(old.toString(), CatalogEvent.class).goal().organization()).isNull();
        String owned = EventJson.write(goal("acme"));
        assertThat(schema(CatalogEvent.SCHEMA_RESOURCE).validate(EventJson.mapper().readTree(owned)))
                .isEmpty();
        assertThat(EventJson.read(owned, CatalogEvent.class).goal().organization()).isEqualTo("acme");
    }
}
