package org.learnpath.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.item.ItemEvent;

class ContractReaderTest {

    private final ContractReader<CatalogEvent> catalog =
            new ContractReader<>(CatalogEvent.class, CatalogEvent.SCHEMA_RESOURCE, 4096);
    private final ContractReader<ItemEvent> items = new ContractReader<>(ItemEvent.class, ItemEvent.SCHEMA_RESOURCE, 4096);

    private static String module(String title) {
        return EventJson.write(CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
                new CatalogEvent.ModuleState("eda", title, "s", "DATA_ANALYSIS", "BEGINNER", 30, List.of("eda-workflow"),
                        List.of(), 1)));
    }

    private static String item() {
        return EventJson.write(new ItemEvent(1, UUID.randomUUID(), Instant.parse("2026-01-01T00:00:00Z"),
                new ItemEvent.ItemState(UUID.randomUUID(), 2, List.of("eda-workflow"), 0.5, ItemEvent.Status.PUBLISHED)));
    }

    @Test
    void readsEventsOfTheContract() {
        assertThat(catalog.read(module("EDA")).module().title()).isEqualTo("EDA");
        assertThat(catalog.read(EventJson.write(CatalogEvent.goalDeleted(UUID.randomUUID(), Instant.now(), "g", 3)))
                .deleted().version()).isEqualTo(3);
        assertThat(items.read(item()).item().version()).isEqualTo(2);
        assertThat(catalog.read(module("Données \uD83D\uDCCA")).module().title()).isEqualTo("Données \uD83D\uDCCA");
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        for (String value : List.of("", "   ", "not json", "{", "[1,2]", "\"text\"", "42", "null",
                module("EDA") + " trailing", module("EDA") + module("EDA"), "\u0000\u0001binary")) {
            assertThatThrownBy(() -> catalog.read(value)).as(value).isInstanceOf(RecordRejected.class);
        }
        assertThatThrownBy(() -> catalog.read(null)).isInstanceOf(RecordRejected.class);
    }

    @Test
    void refusesValuesOverTheLimitBeforeParsingThem() {
        String big = module("x".repeat(5000));
        assertThatThrownBy(() -> catalog.read(big)).isInstanceOf(RecordRejected.class).hasMessageContaining("bytes");
    }

    @Test
    void refusesTextADatabaseCannotStoreAndNumbersOutOfRange() {
        assertThatThrownBy(() -> catalog.read(module("nul\u0000inside"))).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("NUL");
        String loneSurrogate = module("TITLE").replace("TITLE", "lone \\ud800 surrogate");
        assertThatThrownBy(() -> catalog.read(loneSurrogate)).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("surrogate");
        String infinite = item().replace("\"difficulty\":0.5", "\"difficulty\":1e400");
        assertThat(infinite).contains("1e400");
        assertThatThrownBy(() -> items.read(infinite)).isInstanceOf(RecordRejected.class);
        String hugeVersion = item().replace("\"version\":2", "\"version\":" + "9".repeat(40));
        assertThatThrownBy(() -> items.read(hugeVersion)).isInstanceOf(RecordRejected.class);
    }

    @Test
    void refusesDeepNestingAndWhatBreaksTheSchema() {
        String deep = "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        assertThatThrownBy(() -> new ContractReader<>(CatalogEvent.class, CatalogEvent.SCHEMA_RESOURCE, 100_000).read(deep))
                .isInstanceOf(RecordRejected.class);
        assertThatThrownBy(() -> catalog.read(module("EDA").replace("\"eda\"", "\"Not A Slug\"")))
                .isInstanceOf(RecordRejected.class).hasMessageContaining("breaks");
        assertThatThrownBy(() -> catalog.read(module("EDA").replace("MODULE_UPSERTED", "MODULE_DELETED")))
                .isInstanceOf(RecordRejected.class);
        assertThatThrownBy(() -> catalog.read("{}")).isInstanceOf(RecordRejected.class);
        assertThatThrownBy(() -> items.read(item().replace("PUBLISHED", "DRAFT"))).isInstanceOf(RecordRejected.class);
    }
}
