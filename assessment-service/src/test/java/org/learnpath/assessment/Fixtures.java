package org.learnpath.assessment;

import static org.learnpath.testinfra.TestTokens.author;

import io.restassured.specification.RequestSpecification;
import org.learnpath.testinfra.Api;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.testinfra.Db;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TopicWriter;

/** Catalog events as the catalog service would publish them, and items made through the API. */
public final class Fixtures {

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return Api.as(token);
    }

    /** Has the session put {@code item} in front of its learner: the only item it then takes an answer to. */
    public static void serve(String token, String session, String item) {
        as(token).get("/api/sessions/" + session + "/next-item?itemId=" + item).then().statusCode(200);
    }

    public static String unique(String prefix) {
        return Api.unique(prefix);
    }

    /** Publishes skills on the catalog topic and waits until this service's copy has them. */
    public static void catalogSkills(String... codes) {
        for (String code : codes) {
            CatalogEvent event = CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                    new CatalogEvent.SkillState(code, "Skill " + code, "Test skill", "MACHINE_LEARNING", 0));
            TopicWriter.send(CatalogTopic.NAME, event.key(), EventJson.write(event), Map.of());
        }
        for (String code : codes) {
            awaitRow("select 1 from catalog_skill where code = ?", code, true);
        }
    }

    public static void catalogModule(String slug, String... skills) {
        CatalogEvent event = CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.ModuleState(slug, "Module " + slug, "Test module", "MACHINE_LEARNING", "BEGINNER", 60,
                        List.of(skills), List.of(), 0));
        TopicWriter.send(CatalogTopic.NAME, event.key(), EventJson.write(event), Map.of());
        awaitRow("select 1 from catalog_module where slug = ?", slug, true);
    }

    /** Publishes a skill's deletion as the catalog service does (an event naming its last version) and waits for it. */
    public static void deleteCatalogSkill(String code) {
        CatalogEvent event = CatalogEvent.skillDeleted(UUID.randomUUID(), Instant.now(), code, 0);
        TopicWriter.send(CatalogTopic.NAME, event.key(), EventJson.write(event),
                Map.of("ce_type", event.type().ceType()));
        awaitRow("select 1 from catalog_skill where code = ?", code, false);
    }

    public static void awaitRow(String sql, String param, boolean present) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, param);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() == present;
                }
            }
        });
    }

    public static long count(String sql, Object... params) {
        return Db.count(sql, params);
    }

    public static Map<String, Object> singleChoice(String skill, String correct) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stem", "Which metric is expressed in the same unit as the target and penalises large errors more?");
        body.put("type", "SINGLE_CHOICE");
        body.put("choices", List.of(Map.of("key", "a", "text", "MAE"), Map.of("key", "b", "text", "RMSE"),
                Map.of("key", "c", "text", "R squared"), Map.of("key", "d", "text", "MAPE")));
        body.put("answer", Map.of("choice", correct));
        body.put("explanation", "RMSE squares errors before averaging, so large errors weigh more, and the square root restores the unit.");
        body.put("difficulty", 0.2);
        body.put("skills", List.of(skill));
        return body;
    }

    public static Map<String, Object> numeric(String skill, double value, double tolerance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stem", "A classifier has 40 true positives and 10 false positives. What is its precision (two decimals)?");
        body.put("type", "NUMERIC");
        body.put("answer", Map.of("value", value, "tolerance", tolerance));
        body.put("explanation", "Precision is TP / (TP + FP) = 40 / 50 = 0.80: the share of predicted positives that are right.");
        body.put("difficulty", -0.3);
        body.put("skills", List.of(skill));
        return body;
    }

    /**
     * Makes {@code skill} known to this service's catalog copy and publishes a numeric item measuring it, whose
     * answer is 0.8 (tolerance 0.01); returns the item's id.
     */
    public static UUID numericItem(String skill) {
        catalogSkills(skill);
        return UUID.fromString(publishedItem(numeric(skill, 0.8, 0.01)));
    }

    /** Creates and publishes an item; returns its id. */
    public static String publishedItem(Map<String, Object> body) {
        String id = as(author("ada")).body(body).post("/api/items").then().statusCode(201).extract().path("id");
        as(author("ada")).post("/api/items/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
