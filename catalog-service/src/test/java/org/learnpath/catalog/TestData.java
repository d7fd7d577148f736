package org.learnpath.catalog;

import io.restassured.specification.RequestSpecification;
import org.learnpath.testinfra.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnpath.testinfra.TestTokens;

/** Request builders and valid bodies shared by the catalog's API tests. */
public final class TestData {

    private TestData() {
    }

    public static RequestSpecification as(String token) {
        return Api.as(token);
    }

    public static RequestSpecification asAuthor() {
        return as(TestTokens.author("ada"));
    }

    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin("grace"));
    }

    public static RequestSpecification asLearner() {
        return as(TestTokens.learner("alice"));
    }

    public static String unique(String prefix) {
        return Api.unique(prefix);
    }

    public static Map<String, Object> module(String slug, List<String> skills, List<String> prerequisites) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("title", "Gradient boosting in practice " + slug);
        body.put("summary", "Fit gradient-boosted trees, tune learning rate and depth, and read feature importances.");
        body.put("area", "MACHINE_LEARNING");
        body.put("level", "ADVANCED");
        body.put("estimatedMinutes", 120);
        body.put("outcomes", List.of("Explain how boosting reduces bias", "Tune n_estimators against learning_rate"));
        body.put("resources", List.of(Map.of("title", "scikit-learn ensembles",
                "url", "https://scikit-learn.org/stable/modules/ensemble.html", "kind", "DOCUMENTATION")));
        body.put("skills", skills);
        body.put("prerequisites", prerequisites);
        return body;
    }

    public static Map<String, Object> skill(String code) {
        return new LinkedHashMap<>(Map.of("code", code, "name", "Skill " + code,
                "description", "Can apply " + code + " to a real data set.", "area", "MACHINE_LEARNING"));
    }

    public static Map<String, Object> goal(String slug, List<String> modules) {
        return new LinkedHashMap<>(Map.of("slug", slug, "name", "Goal " + slug,
                "description", "A test goal built from existing modules.", "modules", modules));
    }
}
