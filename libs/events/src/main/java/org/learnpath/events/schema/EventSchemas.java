package org.learnpath.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.learnpath.events.CloudEventHeaders;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogEventType;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.path.PathUpdatedEvent;
import org.learnpath.events.progress.ProgressEvent;

/**
 * Which JSON Schema the data of each event type follows, as the URI a consumer finds in the
 * {@value CloudEventHeaders#DATA_SCHEMA} header. The URI is the schema's own {@code $id}, read from the schema file,
 * so that the header and the schema cannot disagree. Types without a published schema (dead letters) have none.
 */
public final class EventSchemas {

    private static final Map<String, String> BY_TYPE = load();

    private EventSchemas() {
    }

    /** The {@code $id} of the schema that data of this CloudEvents type follows, if it has one. */
    public static Optional<String> forType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    private static Map<String, String> load() {
        Map<String, String> resources = new HashMap<>();
        resources.put(AnswerEvent.CE_TYPE, AnswerEvent.SCHEMA_RESOURCE);
        resources.put(ItemEvent.CE_TYPE, ItemEvent.SCHEMA_RESOURCE);
        resources.put(ItemEvent.DELETED_CE_TYPE, ItemEvent.SCHEMA_RESOURCE);
        resources.put(PathUpdatedEvent.CE_TYPE, PathUpdatedEvent.SCHEMA_RESOURCE);
        resources.put(ProgressEvent.CE_TYPE, ProgressEvent.SCHEMA_RESOURCE);
        for (CatalogEventType type : CatalogEventType.values()) {
            resources.put(type.ceType(), CatalogEvent.SCHEMA_RESOURCE);
        }
        Map<String, String> ids = new HashMap<>();
        Map<String, String> idByResource = new HashMap<>();
        resources.forEach((type, resource) -> ids.put(type, idByResource.computeIfAbsent(resource, EventSchemas::idOf)));
        return Map.copyOf(ids);
    }

    private static String idOf(String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing event schema " + resource);
            }
            JsonNode id = EventJson.mapper().readTree(in).get("$id");
            if (id == null || !id.isTextual()) {
                throw new IllegalStateException("Event schema " + resource + " has no $id");
            }
            return id.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read event schema " + resource, e);
        }
    }
}
