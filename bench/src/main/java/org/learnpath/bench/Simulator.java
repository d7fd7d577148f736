package org.learnpath.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.learnpath.events.EventJson;

/**
 * The learner simulator: against the running local system, signs demo learners in through Keycloak (password
 * grant on the portal client, real tokens), gives each a hidden skill profile, and lets each follow the
 * recommender's next item, answering right or wrong as the profile says, printing answer by answer how the
 * learner's mastery and path adapt. Once every module of the goal is mastered the path asks for a certification
 * check (step CERTIFY) until the answers make it likely enough that the learner knows every skill of the goal; each
 * such step prints the goal's certification probability against its target and the skill being checked, and the
 * completion prints the final probability.
 *
 * <p>The hidden profile: each skill is known or not; the simulated learner answers a known skill's item right
 * with probability 1 - slip (0.9) and an unknown one by luck (0.2), and learns an unknown skill with probability
 * 0.3 per item practised. The recommender never sees the profile, only the answers.
 *
 * <p>Usage: Simulator [--learners alice,bob] [--answers 12] [--goal data-analyst] [--know 0.6,0.15]
 * [--seed 1]. As a load generator ({@code ./simulate.sh --rate R --duration S}) it runs {@link AnswerToPath}.
 */
public final class Simulator {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final double SLIP = 0.1;
    private static final double GUESS = 0.2;
    private static final double LEARN = 0.3;
    private static final String CERTIFY = "CERTIFY";
    private static final String COMPLETE = "GOAL_COMPLETE";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> urls;
    private final Random random;
    private final Map<String, JsonNode> keys = new HashMap<>();
    private String authorToken;

    private Simulator(Map<String, String> urls, long seed) {
        this.urls = urls;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Map<String, String> urls = Map.of(
                "keycloak", o.getOrDefault("keycloak", "http://localhost:8180/realms/learnpath"),
                "assessment", o.getOrDefault("assessment", "http://localhost:8082"),
                "recommender", o.getOrDefault("recommender", "http://localhost:8083"));
        List<String> learners = List.of(o.getOrDefault("learners", "alice,bob").split(","));
        String[] know = o.getOrDefault("know", "0.6,0.15").split(",");
        int answers = Integer.parseInt(o.getOrDefault("answers", "12"));
        String goal = o.getOrDefault("goal", "data-analyst");
        String password = o.getOrDefault("password", "learnpath");
        Simulator simulator = new Simulator(urls, Long.parseLong(o.getOrDefault("seed", "1")));
        simulator.authorToken = simulator.passwordToken(o.getOrDefault("author", "ada"), password);
        for (int i = 0; i < learners.size(); i++) {
            double breadth = Double.parseDouble(know[Math.min(i, know.length - 1)]);
            simulator.run(learners.get(i), password, breadth, goal, answers);
        }
    }

    private void run(String username, String password, double breadth, String goal, int answers) throws Exception {
        String token = passwordToken(username, password);
        Map<String, Boolean> knows = new HashMap<>();
        System.out.printf(Locale.ROOT, "%n=== %s: hidden profile knows each skill with probability %.2f; goal %s%n",
                username, breadth, goal);
        call("PUT", urls.get("recommender") + "/api/learners/me/goal", token, Map.of("goalSlug", goal));
        JsonNode path = call("GET", urls.get("recommender") + "/api/learners/me/path", token, null);
        System.out.printf(Locale.ROOT, "path: %d modules, %d mastered; next: %s%n", path.get("totalModules").asInt(),
                path.get("masteredModules").asInt(), path.at("/nextStep/reason/sentence").asText());
        printCertification(username, path);
        String session = null;
        for (int n = 1; n <= answers; n++) {
            JsonNode next = call("GET", urls.get("recommender") + "/api/learners/me/next", token, null);
            if (next.get("item") == null || next.get("item").isNull()) {
                System.out.println("no item to practise: " + next.at("/step/reason/sentence").asText());
                break;
            }
            String itemId = next.at("/item/itemId").asText();
            String skill = next.at("/item/skillCode").asText();
            boolean known = knows.computeIfAbsent(skill, s -> random.nextDouble() < breadth);
            boolean right = random.nextDouble() < (known ? 1 - SLIP : GUESS);
            double before = mastery(token, skill);
            JsonNode result = null;
            for (int tries = 0; tries < 2 && result == null; tries++) {
                if (session == null) {
                    session = call("POST", urls.get("assessment") + "/api/sessions", token,
                            Map.of("kind", "PRACTICE", "items", 50)).get("id").asText();
                }
                try {
                    result = answer(token, session, itemId, right);
                } catch (IllegalStateException conflict) {
                    session = null; // completed, or the item was answered in it already: start a new one
                }
            }
            if (result == null) {
                throw new IllegalStateException("cannot answer item " + itemId);
            }
            if (result.get("sessionCompleted").asBoolean()) {
                session = null;
            }
            if (!known && random.nextDouble() < LEARN) {
                knows.put(skill, true);
            }
            double after = awaitMastery(token, skill, before);
            JsonNode now = call("GET", urls.get("recommender") + "/api/learners/me/next", token, null);
            System.out.printf(Locale.ROOT, "%s #%d %-34s %-5s mastery %s -> %.2f | next %s %s: %s%n", username, n,
                    skill, result.get("correct").asBoolean() ? "right" : "wrong",
                    Double.isNaN(before) ? "prior" : String.format(Locale.ROOT, "%.2f", before), after,
                    now.at("/step/kind").asText(), now.at("/step/moduleSlug").asText(""),
                    now.at("/step/reason/sentence").asText());
            if (CERTIFY.equals(now.at("/step/kind").asText()) || COMPLETE.equals(now.at("/step/kind").asText())) {
                printCertification(username, call("GET", urls.get("recommender") + "/api/learners/me/path", token,
                        null));
            }
        }
        path = call("GET", urls.get("recommender") + "/api/learners/me/path", token, null);
        JsonNode certification = path.path("certification");
        System.out.printf(Locale.ROOT, "%s: %d of %d modules mastered; goal %s (certification %.4f, target %.2f)%n",
                username, path.get("masteredModules").asInt(), path.get("totalModules").asInt(),
                path.path("complete").asBoolean() ? "complete" : "not complete",
                certification.path("probability").asDouble(), certification.path("target").asDouble());
    }

    /**
     * What the certification check is about, when the path has reached it: the goal's probability that every one of
     * its skills is known (on the answers alone) against the target, and the skill the CERTIFY step checks now, the
     * first of those still keeping the goal from the target; once the goal is complete, the probability it ended
     * with. Nothing for a path that is still at STUDY or REVIEW.
     */
    private static void printCertification(String username, JsonNode path) {
        JsonNode step = path.path("nextStep");
        JsonNode certification = path.path("certification");
        double probability = certification.path("probability").asDouble();
        double target = certification.path("target").asDouble();
        int skills = certification.path("skillCount").asInt();
        if (CERTIFY.equals(step.path("kind").asText())) {
            String code = step.path("skillCode").asText();
            JsonNode checked = null;
            for (JsonNode s : certification.path("skillsToCheck")) {
                if (s.path("code").asText().equals(code)) {
                    checked = s;
                }
            }
            String evidence = checked == null ? "" : checked.path("answered").asBoolean()
                    ? String.format(Locale.ROOT, ", P(known) %.2f on the answers so far",
                            checked.path("evidence").asDouble())
                    : ", never answered";
            System.out.printf(Locale.ROOT, "%s   certification check: P(knows all %d skills of the goal) %.4f < target"
                            + " %.2f; checking %s (%s%s), %d skill(s) left to check%n", username, skills, probability,
                    target, code, step.path("skillName").asText(code), evidence,
                    certification.path("skillsToCheck").size());
        } else if (COMPLETE.equals(step.path("kind").asText())) {
            System.out.printf(Locale.ROOT, "%s   goal complete: every module mastered and certified, P(knows all %d"
                    + " skills of the goal) %.4f >= target %.2f%n", username, skills, probability, target);
        }
    }

    private JsonNode answer(String token, String session, String itemId, boolean right) throws Exception {
        JsonNode key = keys.computeIfAbsent(itemId, id -> {
            try {
                return call("GET", urls.get("assessment") + "/api/items/" + id, authorToken, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // The session serves the item the recommender named; it takes an answer to no other.
        call("GET", urls.get("assessment") + "/api/sessions/" + session + "/next-item?itemId=" + itemId, token, null);
        Map<String, Object> body = Map.of("itemId", itemId, "response", response(key, right),
                "responseTimeMillis", 5_000 + random.nextInt(20_000));
        return call("POST", urls.get("assessment") + "/api/sessions/" + session + "/answers", token, body,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A response the item's key grades right, or one it grades wrong. */
    private static Map<String, Object> response(JsonNode item, boolean right) {
        JsonNode answer = item.get("answer");
        List<String> options = new ArrayList<>();
        item.path("choices").forEach(c -> options.add(c.get("key").asText()));
        switch (item.get("type").asText()) {
            case "SINGLE_CHOICE" -> {
                String correct = answer.get("choice").asText();
                return Map.of("choice", right ? correct : options.stream().filter(k -> !k.equals(correct)).findFirst()
                        .orElse(correct));
            }
            case "MULTIPLE_CHOICE" -> {
                List<String> correct = new ArrayList<>();
                answer.get("choices").forEach(c -> correct.add(c.asText()));
                return Map.of("choices", right ? correct : List.of(options.stream()
                        .filter(k -> !correct.contains(k)).findFirst().orElse(options.get(0))));
            }
            case "NUMERIC" -> {
                double value = answer.get("value").asDouble();
                double tolerance = answer.path("tolerance").asDouble(0);
                return Map.of("value", right ? value : value + 10 * (tolerance + 1) + 1);
            }
            default -> {
                return Map.of("text", right ? answer.get("accepted").get(0).asText() : "no idea");
            }
        }
    }

    private double mastery(String token, String skill) throws Exception {
        JsonNode mastery = call("GET", urls.get("recommender") + "/api/learners/me/mastery", token, null);
        for (JsonNode s : mastery.get("skills")) {
            if (s.get("code").asText().equals(skill)) {
                return s.get("mastery").asDouble();
            }
        }
        return Double.NaN; // never practised: the prior
    }

    /** Waits (up to 10 s) until the recommender has applied the answer just given. */
    private double awaitMastery(String token, String skill, double before) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int practised = practiceCount(token, skill);
        while (System.nanoTime() < deadline) {
            int now = practiceCount(token, skill);
            if (now > practised || (Double.isNaN(before) && now > 0)) {
                return mastery(token, skill);
            }
            Thread.sleep(20);
        }
        return mastery(token, skill);
    }

    private int practiceCount(String token, String skill) throws Exception {
        JsonNode mastery = call("GET", urls.get("recommender") + "/api/learners/me/mastery", token, null);
        for (JsonNode s : mastery.get("skills")) {
            if (s.get("code").asText().equals(skill)) {
                return s.get("practiceCount").asInt();
            }
        }
        return 0;
    }

    private String passwordToken(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=learnpath-portal&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(urls.get("keycloak") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private JsonNode call(String method, String url, String token, Object body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
            throw new IllegalStateException(response.body());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
