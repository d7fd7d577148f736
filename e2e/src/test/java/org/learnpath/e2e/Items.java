package org.learnpath.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item bank as an author sees it (GET /api/items/{id}, answer key included), to answer items right or wrong
 * on purpose.
 */
public final class Items {

    private final E2e e2e;
    private final Map<String, JsonNode> cache = new ConcurrentHashMap<>();

    public Items(E2e e2e) {
        this.e2e = e2e;
    }

    /** The item with its answer key, read as ada (author). */
    public JsonNode item(String itemId) {
        return cache.computeIfAbsent(itemId, id -> Api.get(e2e.assessment("/api/items/" + id),
                e2e.keycloak().token("ada")).expect(200).json());
    }

    public List<String> skills(String itemId) {
        List<String> skills = new ArrayList<>();
        item(itemId).path("skills").forEach(s -> skills.add(s.asText()));
        return skills;
    }

    /** Published items of a skill, with their keys. */
    public List<JsonNode> published(String skill) {
        JsonNode page = Api.get(e2e.assessment("/api/items?status=PUBLISHED&size=100&skill=" + skill),
                e2e.keycloak().token("ada")).expect(200).json();
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(item -> {
            cache.putIfAbsent(item.path("id").asText(), item);
            items.add(item);
        });
        return items;
    }

    /** A response (exactly one of choice, choices, value, text) that the grader marks right or wrong. */
    public ObjectNode response(String itemId, boolean correct) {
        JsonNode item = item(itemId);
        JsonNode key = item.path("answer");
        ObjectNode response = Api.object();
        switch (item.path("type").asText()) {
            case "SINGLE_CHOICE" -> {
                String right = key.path("choice").asText();
                response.put("choice", correct ? right : otherChoices(item, List.of(right)).get(0));
            }
            case "MULTIPLE_CHOICE" -> {
                List<String> right = new ArrayList<>();
                key.path("choices").forEach(c -> right.add(c.asText()));
                ArrayNode choices = response.putArray("choices");
                if (correct) {
                    right.stream().sorted().forEach(choices::add);
                } else if (right.size() > 1) {
                    choices.add(right.get(0)); // a subset is not the right set
                } else {
                    choices.add(otherChoices(item, right).get(0));
                }
            }
            case "NUMERIC" -> {
                double value = key.path("value").asDouble();
                double tolerance = key.path("tolerance").asDouble(0);
                response.put("value", correct ? value : value + 10 * (tolerance + 1) + 1000);
            }
            case "SHORT_TEXT" -> response.put("text", correct ? key.path("accepted").get(0).asText()
                    : "zzz-certainly-not-the-answer");
            default -> throw new IllegalStateException("unknown item type in " + item);
        }
        return response;
    }

    private static List<String> otherChoices(JsonNode item, List<String> right) {
        List<String> others = new ArrayList<>();
        item.path("choices").forEach(c -> {
            if (!right.contains(c.path("key").asText())) {
                others.add(c.path("key").asText());
            }
        });
        if (others.isEmpty()) {
            throw new IllegalStateException("no wrong choice in " + item);
        }
        return others;
    }
}
