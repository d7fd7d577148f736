package org.learnpath.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.catalog.CatalogEventType;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.path.PathUpdatedEvent;

class EventSchemasTest {

    @Test
    void eachEventTypeWithDataNamesItsSchemasId() {
        assertThat(EventSchemas.forType(AnswerEvent.CE_TYPE))
                .contains("https://learnpath.org/schemas/answer-event-v1.schema.json");
        assertThat(EventSchemas.forType(ItemEvent.CE_TYPE))
                .contains("https://learnpath.org/schemas/item-event-v1.schema.json");
        assertThat(EventSchemas.forType(PathUpdatedEvent.CE_TYPE))
                .contains("https://learnpath.org/schemas/path-updated-event-v1.schema.json");
        assertThat(EventSchemas.forType(ItemEvent.DELETED_CE_TYPE))
                .contains("https://learnpath.org/schemas/item-event-v1.schema.json");
        // Deletions are events with data too, never tombstones.
        for (CatalogEventType type : CatalogEventType.values()) {
            assertThat(EventSchemas.forType(type.ceType())).as(type.name())
                    .contains("https://learnpath.org/schemas/catalog-event-v1.schema.json");
        }
    }

    @Test
    void typesWithoutAPublishedSchemaHaveNone() {
        assertThat(EventSchemas.forType("org.learnpath.recommender.answer.rejected")).isEmpty();
        assertThat(EventSchemas.forType("test")).isEmpty();
    }
}
