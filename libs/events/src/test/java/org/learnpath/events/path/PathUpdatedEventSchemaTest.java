package org.learnpath.events.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class PathUpdatedEventSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = PathUpdatedEvent.class.getResourceAsStream(PathUpdatedEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static PathUpdatedEvent sample(UUID causedBy) {
        return new PathUpdatedEvent(1, UUID.randomUUID(), "learner-1", "data-analyst",
                Instant.parse("2026-11-25T10:15:30Z"), causedBy,
                new PathUpdatedEvent.Step("STUDY", "exploratory-data-analysis", "eda-summary-statistics",
                        "READY_FOR_GOAL", "Study Exploratory data analysis next."),
                3, 12, false);
    }

    @Test
    void eventsMatchTheSchemaAndRoundTrip() throws Exception {
        for (PathUpdatedEvent event : List.of(sample(UUID.randomUUID()), sample(null))) {
            String json = EventJson.write(event);
            assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, PathUpdatedEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void revisionTwelveCarriesTheCertificationStepAndWhetherTheGoalIsCertified() throws Exception {
        PathUpdatedEvent checking = new PathUpdatedEvent(1, UUID.randomUUID(), "learner-1", "data-analyst",
                Instant.parse("2026-12-07T10:15:30Z"), UUID.randomUUID(),
                new PathUpdatedEvent.Step("CERTIFY", "descriptive-statistics", "descriptive-statistics",
                        "CERTIFICATION_CHECK", "Certification check: every module of your goal is mastered."),
                12, 12, true, "acme", false);
        PathUpdatedEvent done = new PathUpdatedEvent(1, UUID.randomUUID(), "learner-1", "data-analyst",
                Instant.parse("2026-12-07T10:20:30Z"), UUID.randomUUID(),
                new PathUpdatedEvent.Step("GOAL_COMPLETE", null, null, "GOAL_COMPLETE", "You have mastered it."),
                12, 12, true, "acme", true);
        for (PathUpdatedEvent event : List.of(checking, done)) {
            String json = EventJson.write(event);
            assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, PathUpdatedEvent.class)).isEqualTo(event);
        }
        // An event of an earlier revision has no 'certified': it still validates and reads as unknown.
        String old = EventJson.write(sample(null));
        assertThat(old).doesNotContain("certified");
        assertThat(EventJson.read(old, PathUpdatedEvent.class).certified()).isNull();
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(done));
        json.put("certified", "yes");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void schemaRejectsBrokenEvents() throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(null)));
        ((ObjectNode) json.get("nextStep")).put("kind", "WANDER");
        assertThat(schema().validate(json)).isNotEmpty();
        json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(null)));
        json.remove("goalSlug");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void recordRefusesImpossibleCounts() {
        assertThatThrownBy(() -> new PathUpdatedEvent(1, UUID.randomUUID(), "l", "g", Instant.now(), null,
                new PathUpdatedEvent.Step("GOAL_COMPLETE", null, null, "GOAL_COMPLETE", "Done."), 5, 4, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
