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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.learnpath.events.EventJson;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.MasteryForecast;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.RemainingWork;
import org.learnpath.learner.SkillMastery;

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
 * <p>With {@code --placement} each learner first takes the goal's placement assessment (issue 27) through the real
 * APIs, right after choosing the goal: the recommender names each item, a PLACEMENT session of the assessment service
 * serves and grades it, and once the placement is done it is finished, seeding the learner's estimates. The hidden
 * profile is then prerequisite-closed, so that there is something to place the learner past: the first {@code know}
 * share of the goal's skills in the path's module order (the study order) is known, the rest not (known skills are
 * still answered right with probability 1 - slip, unknown ones by luck). The placement prints the answers it took,
 * the modules it placed the learner past, and what it saved, as the model's forecast of the answers left to complete
 * the goal (every module mastered and the goal certified; {@link MasteryForecast}, the forecast behind the team
 * reports' expected answers remaining) from the path's masteries just before and just after the placement, under the
 * recommender's BKT parameters: a model expectation, not a measured count. Practice then follows as without it.
 *
 * <p>Usage: Simulator [--learners alice,bob] [--answers 12] [--goal data-analyst] [--know 0.6,0.15]
 * [--seed 1] [--placement]. Options take a value, except flags such as {@code --placement} (no value: on). As a
 * load generator ({@code ./simulate.sh --rate R --duration S}) it runs {@link AnswerToPath}.
 */
public final class Simulator {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final double SLIP = 0.1;
    private static final double GUESS = 0.2;
    private static final double LEARN = 0.3;
    private static final String CERTIFY = "CERTIFY";
    private static final String COMPLETE = "GOAL_COMPLETE";
    /** Options that take no value (present: on). */
    private static final Set<String> FLAGS = Set.of("placement");
    /** The most answers a placement asks (its PLACEMENT session takes no more). */
    private static final int PLACEMENT_ITEMS = 20;
    /** How long the recommender may take to count an answer (assessment outbox, Kafka, recommender). */
    private static final long COUNTED_WITHIN_NANOS = 10_000_000_000L;

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
        Map<String, String> o = options(args);
        Map<String, String> urls = Map.of(
                "keycloak", o.getOrDefault("keycloak", "http://localhost:8180/realms/learnpath"),
                "assessment", o.getOrDefault("assessment", "http://localhost:8082"),
                "recommender", o.getOrDefault("recommender", "http://localhost:8083"));
        List<String> learners = List.of(o.getOrDefault("learners", "alice,bob").split(","));
        String[] know = o.getOrDefault("know", "0.6,0.15").split(",");
        int answers = Integer.parseInt(o.getOrDefault("answers", "12"));
        String goal = o.getOrDefault("goal", "data-analyst");
        String password = o.getOrDefault("password", "learnpath");
        boolean placement = Boolean.parseBoolean(o.getOrDefault("placement", "false"));
        Simulator simulator = new Simulator(urls, Long.parseLong(o.getOrDefault("seed", "1")));
        simulator.authorToken = simulator.passwordToken(o.getOrDefault("author", "ada"), password);
        for (int i = 0; i < learners.size(); i++) {
            double breadth = Double.parseDouble(know[Math.min(i, know.length - 1)]);
            simulator.run(learners.get(i), password, breadth, goal, answers, placement);
        }
    }

    /**
     * {@code --key value} pairs, and flags ({@link #FLAGS}: {@code --key} alone, "true"); a flag may also be given a
     * value ({@code --placement false}). An option without its value, or an argument that is no option, is refused.
     */
    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || args[i].length() == 2) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            String key = args[i].substring(2);
            boolean valueFollows = i + 1 < args.length && !args[i + 1].startsWith("--");
            if (FLAGS.contains(key) && !(valueFollows && args[i + 1].matches("true|false"))) {
                o.put(key, "true");
            } else if (valueFollows) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + key + " needs a value");
            }
        }
        return o;
    }

    private void run(String username, String password, double breadth, String goal, int answers, boolean placement)
            throws Exception {
        String token = passwordToken(username, password);
        Map<String, Boolean> knows = new HashMap<>();
        System.out.printf(Locale.ROOT, placement
                        ? "%n=== %s: hidden profile knows the first %.2f of the goal's skills in study order; goal %s%n"
                        : "%n=== %s: hidden profile knows each skill with probability %.2f; goal %s%n",
                username, breadth, goal);
        call("PUT", urls.get("recommender") + "/api/learners/me/goal", token, Map.of("goalSlug", goal));
        JsonNode path = call("GET", urls.get("recommender") + "/api/learners/me/path", token, null);
        System.out.printf(Locale.ROOT, "path: %d modules, %d mastered; next: %s%n", path.get("totalModules").asInt(),
                path.get("masteredModules").asInt(), path.at("/nextStep/reason/sentence").asText());
        if (placement) {
            knows.putAll(studyOrderProfile(path, breadth));
            path = place(username, token, goal, knows, path);
        }
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
     * The prerequisite-closed profile of {@code --placement}: the first {@code share} of the path's skills, module by
     * module in the path's order (the study order: a module after everything it requires), known; the others not.
     */
    private static Map<String, Boolean> studyOrderProfile(JsonNode path, double share) {
        List<String> skills = new ArrayList<>();
        for (JsonNode module : path.get("modules")) {
            module.get("skills").forEach(s -> {
                if (!skills.contains(s.get("code").asText())) {
                    skills.add(s.get("code").asText());
                }
            });
        }
        int known = (int) Math.round(share * skills.size());
        Map<String, Boolean> knows = new LinkedHashMap<>();
        for (int i = 0; i < skills.size(); i++) {
            knows.put(skills.get(i), i < known);
        }
        return knows;
    }

    /**
     * Takes the goal's placement assessment as the portal does (start or resume, each item the recommender names
     * answered in a PLACEMENT session, waiting for the recommender to count it, finish once done) and prints what it
     * took, where it placed the learner and what it saved; returns the path after it.
     */
    private JsonNode place(String username, String token, String goal, Map<String, Boolean> knows, JsonNode before)
            throws Exception {
        String placementUrl = urls.get("recommender") + "/api/learners/me/placement";
        JsonNode view = call("POST", placementUrl, token, Map.of("goalSlug", goal));
        String session = null;
        int answers = 0;
        int right = 0;
        while ("IN_PROGRESS".equals(view.path("status").asText()) && !view.path("done").asBoolean()
                && answers < PLACEMENT_ITEMS) {
            String itemId = view.at("/next/itemId").asText();
            List<String> skills = new ArrayList<>();
            view.at("/next/skillCodes").forEach(s -> skills.add(s.asText()));
            boolean known = skills.stream().allMatch(s -> knows.getOrDefault(s, false));
            boolean correct = random.nextDouble() < (known ? 1 - SLIP : GUESS);
            if (session == null) {
                session = call("POST", urls.get("assessment") + "/api/sessions", token,
                        Map.of("kind", "PLACEMENT", "target", goal, "items", PLACEMENT_ITEMS)).get("id").asText();
            }
            JsonNode result = answer(token, session, itemId, correct);
            if (result.get("sessionCompleted").asBoolean()) {
                session = null;
            }
            answers++;
            right += result.get("correct").asBoolean() ? 1 : 0;
            int counted = view.path("answered").asInt();
            System.out.printf(Locale.ROOT, "%s placement #%d %-34s %-5s (module %s; expected information %.3f bits)%n",
                    username, answers, String.join(",", skills), result.get("correct").asBoolean() ? "right" : "wrong",
                    view.at("/next/moduleSlug").asText(), view.at("/next/informationGain").asDouble());
            view = awaitPlacement(token, placementUrl, counted);
        }
        if ("IN_PROGRESS".equals(view.path("status").asText())) {
            view = call("POST", placementUrl + "/finish", token, null);
        }
        JsonNode after = call("GET", urls.get("recommender") + "/api/learners/me/path", token, null);
        List<String> placed = new ArrayList<>();
        view.at("/result/placedModules").forEach(m -> placed.add(m.get("slug").asText()));
        System.out.printf(Locale.ROOT, "%s placement: %s after %d answers here (%d right; the placement counted %d),"
                        + " placed past %d of %d modules%s%n", username, view.path("status").asText(), answers, right,
                view.path("answered").asInt(), placed.size(), after.get("totalModules").asInt(),
                placed.isEmpty() ? "" : ": " + String.join(", ", placed));
        view.at("/result/placedModules").forEach(m -> System.out.printf(Locale.ROOT, "%s   %s: %s%n", username,
                m.get("slug").asText(), m.path("sentence").asText()));
        RemainingWork was = forecast(before);
        RemainingWork now = forecast(after);
        double saved = was.expectedAnswers() - now.expectedAnswers();
        System.out.printf(Locale.ROOT, "%s placement saved %.1f answers: the model's expected answers to complete the"
                        + " goal (every module mastered, goal certified; MasteryForecast under the recommender's BKT"
                        + " parameters, from the path's masteries) went from %.1f before the placement to %.1f after"
                        + " it (skills at mastery %d -> %d of %d); net of the placement's own %d answers: %+.1f%n",
                username, saved, was.expectedAnswers(), now.expectedAnswers(), was.masteredSkills(),
                now.masteredSkills(), now.skills(), answers, saved - answers);
        return after;
    }

    /** Waits (up to 10 s) until the recommender has counted one more placement answer than {@code counted}. */
    private JsonNode awaitPlacement(String token, String placementUrl, int counted) throws Exception {
        long deadline = System.nanoTime() + COUNTED_WITHIN_NANOS;
        while (true) {
            JsonNode view = call("GET", placementUrl, token, null);
            if (view.path("answered").asInt() > counted || !"IN_PROGRESS".equals(view.path("status").asText())) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the recommender did not count placement answer " + (counted + 1)
                        + " within 10 s: " + view);
            }
            Thread.sleep(20);
        }
    }

    /**
     * The model's expected answers until the path's goal is complete, from the path's skill states: the recommender's
     * BKT parameters (its latest refit's, read as the author; the defaults for skills it did not fit), its mastery
     * threshold and certification target, one skill per answer.
     */
    private RemainingWork forecast(JsonNode path) throws Exception {
        Map<String, BktParameters> fitted = new HashMap<>();
        for (JsonNode skill : call("GET", urls.get("recommender") + "/api/skill-parameters", authorToken, null)) {
            fitted.put(skill.get("skillCode").asText(), new BktParameters(skill.get("prior").asDouble(),
                    skill.get("learn").asDouble(), skill.get("guess").asDouble(), skill.get("slip").asDouble()));
        }
        ModelConfig model = ModelConfig.defaults().withSkillParameters(fitted);
        MasteryForecast forecast = new MasteryForecast(model, path.get("masteryThreshold").asDouble(),
                path.at("/certification/target").asDouble(0.95), 1);
        Instant now = Instant.now();
        Map<String, SkillMastery> states = new LinkedHashMap<>();
        Set<String> skills = new LinkedHashSet<>();
        for (JsonNode module : path.get("modules")) {
            for (JsonNode skill : module.get("skills")) {
                String code = skill.get("code").asText();
                int practised = skill.get("practiceCount").asInt();
                skills.add(code);
                double mastery = skill.get("mastery").asDouble();
                states.put(code, new SkillMastery(code, mastery, skill.get("evidence").asDouble(),
                        practised > 0 ? now : null, practised, 0));
            }
        }
        return forecast.remaining(states, skills, now);
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
