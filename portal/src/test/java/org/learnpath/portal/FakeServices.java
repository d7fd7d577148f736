package org.learnpath.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learnpath.testinfra.TestTokens;

/**
 * Stands in for the three services for every page test: one HTTP server, each service under its own prefix
 * ({@code /catalog}, {@code /assessment}, {@code /recommender}), answering the calls the learner, author and admin
 * pages make with fixed data and the refusals the services give (stale or missing If-Match, a prerequisite cycle, an
 * unknown skill, a conflict, a goal the recommender does not know), and the teams, assignments and their reports
 * (progress and skill gaps, as JSON or CSV by the Accept header) of the managers' pages. Items carry the item
 * linter's warnings (the draft and a new item have some, the published item none), an item with two identical
 * options is refused with the linter's {@code lint} member, and {@link #LINTED_SKILL} has a lint report. Any {@code /api/echo/} call
 * is echoed back
 * (method, path, query, headers, body) for the BFF proxy's tests. {@code GET /requests} lists every request it
 * received (method, path, query, headers by lowercase name, body), so that a test sees what the portal sent (see
 * {@link FakeServicesClient}). The BFF's assessment address points at a closed port: the service that cannot be
 * reached. The recommender's placement assessment answers by user (see {@link #PLACING_USER}); starting one, finishing
 * and skipping it answer the view they lead to, for the goal asked ({@code ?goal=} or {@code goalSlug}).
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static final String NO_GOAL_USER = "newbie";
    /**
     * Learners whose placement assessment (of any goal) is in progress (3 of 20 answered), completed (two modules
     * placed), skipped, or cannot be read (the recommender fails); everyone else never started one (404).
     */
    public static final String PLACING_USER = "placing";
    public static final String PLACED_USER = "placed";
    public static final String SKIPPED_USER = "skipper";
    public static final String PLACEMENT_DOWN_USER = "placement-down";
    public static final String PLACEMENT_ID = "8a2c4e00-6666-4000-8000-000000000013";
    public static final String UNKNOWN_GOAL = "retired-goal";
    /**
     * Goals whose path has every module mastered: the first awaits its certification check (step CERTIFY, 94.99 %
     * of the 95 % needed), the second is complete (certified).
     */
    public static final String CERTIFY_GOAL = "ml-check";
    public static final String CERTIFIED_GOAL = "ml-done";
    public static final String DRAFT_ITEM = "7f3e9c10-1111-4000-8000-00000000000a";
    public static final String PUBLISHED_ITEM = "9a1d2e30-2222-4000-8000-00000000000b";
    public static final String NEW_ITEM = "3c2b1a00-3333-4000-8000-00000000000c";
    /** The skill with a lint report (one failing bank check, the draft flagged); {@link #LINT_DOWN} has none now. */
    public static final String LINTED_SKILL = "sql-joins";
    public static final String LINT_DOWN = "lint-down";
    /** The linter's warning on the draft item, and the one on a new item's key. */
    public static final String STEM_WARNING = "Only the correct option repeats the stem's word(s) [left]: learners"
            + " can match words instead of knowing the answer. Reword the stem or the key, or let a wrong option use"
            + " the same words.";
    public static final String LONGEST_KEY_WARNING = "The correct option is the longest, 2.4 times the longest wrong"
            + " one (46 against 19 characters): learners who pick the longest option get it right without knowing"
            + " why. Shorten it, or make the wrong options as specific.";
    /** The version the fakes call stale: an edit sending it is refused with 412. */
    public static final String STALE = "\"1\"";
    /** The team the fakes know (members alice and bob, manager maria) and the one a new team gets. */
    public static final String TEAM = "5e0c1a00-4444-4000-8000-00000000000d";
    public static final String NEW_TEAM = "5e0c1a00-4444-4000-8000-00000000000e";
    /** A team key another team has already, and a member who is a learner of another organization. */
    public static final String TAKEN_KEY = "hr-taken";
    public static final String FOREIGN_LEARNER = "globex-learner";
    /** An assignment with both reports, and one whose reports the recommender does not serve. */
    public static final String ASSIGNMENT = "6f1d2b00-5555-4000-8000-00000000000f";
    public static final String ASSIGNMENT_WITHOUT_REPORTS = "6f1d2b00-5555-4000-8000-000000000010";
    /** A due date the recommender refuses (in the past). */
    public static final String PAST_DUE = "2000-01-01";
    /** The reports' CSV header rows, as the recommender writes them. */
    public static final String PROGRESS_CSV_HEADER = "learner_id,name,status,mastered_share,mastered_skills,skills,"
            + "answers,time_spent_seconds,last_activity_at,completed_at,expected_answers_remaining,answers_per_day,"
            + "projected_completion";
    public static final String SKILL_GAPS_CSV_HEADER = "skill,name,not_started,beginning,developing,mastered,"
            + "mean_mastery";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    private HttpServer server;
    private final ArrayNode requests = JSON.createArrayNode();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.rest-client.catalog.url", base + "/catalog",
                "quarkus.rest-client.assessment.url", base + "/assessment",
                "quarkus.rest-client.recommender.url", base + "/recommender",
                "learnpath.portal.services.assessment", "http://127.0.0.1:" + closedPort(),
                "learnpath.portal.embed.assessment-url", "http://127.0.0.1:18082",
                "learnpath.portal.embed.recommender-url", "http://localhost:18083/");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            reply(exchange, 500, "text/plain", "fake failed: " + e);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/requests")) {
            synchronized (requests) {
                reply(exchange, 200, "application/json", JSON.writeValueAsString(requests));
            }
            return;
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("method", method);
        request.put("path", path);
        request.put("query", query);
        ObjectNode headers = request.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        request.put("body", body);
        synchronized (requests) {
            requests.add(request);
        }
        String user = username(exchange.getRequestHeaders().getFirst("Authorization"));
        String route = method + " " + path;

        if (path.contains("/api/echo/") || path.endsWith("/api/stale")) {
            echo(exchange, path, request);
        } else if (manage(exchange, route, query, ifMatch, exchange.getRequestHeaders().getFirst("Accept"), body)) {
            return;
        } else if (!learner(exchange, route, query, user, body)) {
            author(exchange, route, path, query, ifMatch, body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        }
    }

    /** What the learner pages ask for (the learner's goal, path and answers); false for any other call. */
    private static boolean learner(HttpExchange exchange, String route, String query, String user, String body)
            throws IOException {
        switch (route) {
            case "GET /recommender/api/learners/me/goal" -> {
                if (NO_GOAL_USER.equals(user)) {
                    reply(exchange, 404, PROBLEM, """
                            {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                             "detail":"Learner has not chosen a goal yet"}""");
                } else {
                    reply(exchange, 200, "application/json", """
                            {"learnerId":"x","goalSlug":"ml-foundations","goalName":"ML Foundations",
                             "chosenAt":"2026-05-01T10:00:00Z"}""");
                }
            }
            case "PUT /recommender/api/learners/me/goal" -> {
                JsonNode choice = JSON.readTree(body);
                if (UNKNOWN_GOAL.equals(choice.path("goalSlug").asText())) {
                    reply(exchange, 400, PROBLEM, """
                            {"type":"urn:learnpath:problem:validation","title":"Request is not valid","status":400,
                             "detail":"goalSlug: no goal 'retired-goal' in the catalog",
                             "errors":[{"field":"goalSlug","message":"no goal 'retired-goal' in the catalog"}]}""");
                } else {
                    reply(exchange, 200, "application/json", "{\"learnerId\":\"x\",\"goalSlug\":\""
                            + choice.path("goalSlug").asText() + "\",\"chosenAt\":\"2026-05-02T10:00:00Z\"}");
                }
            }
            case "GET /recommender/api/learners/me/assignments" -> reply(exchange, 200, "application/json", """
                    [{"assignmentId":"%s","goal":"data-analyst","goalName":"Data Analyst","dueDate":"2031-01-31",
                      "assignedAt":"2026-05-01T10:00:00Z","completedAt":null,"masteredModules":2,"totalModules":5,
                      "masteredShare":0.4},
                     {"assignmentId":"6f1d2b00-5555-4000-8000-000000000011","goal":"ml-foundations",
                      "goalName":"ML Foundations","dueDate":"2020-03-01","assignedAt":"2020-01-01T10:00:00Z",
                      "completedAt":"2020-02-03T08:00:00Z","masteredModules":2,"totalModules":2,"masteredShare":1.0},
                     {"assignmentId":"6f1d2b00-5555-4000-8000-000000000012","goal":"old-goal","goalName":null,
                      "dueDate":"2020-03-01","assignedAt":"2020-01-01T10:00:00Z","completedAt":null,
                      "masteredModules":null,"totalModules":null,"masteredShare":null}]""".formatted(ASSIGNMENT));
            case "GET /recommender/api/learners/me/path" -> {
                if (query != null && query.contains("goal=" + UNKNOWN_GOAL)) {
                    reply(exchange, 404, PROBLEM, """
                            {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                             "detail":"Goal 'retired-goal' not found"}""");
                } else if (query == null && NO_GOAL_USER.equals(user)) {
                    reply(exchange, 404, PROBLEM, """
                            {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                             "detail":"Learner has not chosen a goal yet"}""");
                } else if (query != null && query.contains("goal=" + CERTIFY_GOAL)) {
                    certifyPath(exchange);
                } else if (query != null && query.contains("goal=" + CERTIFIED_GOAL)) {
                    certifiedPath(exchange);
                } else if (query != null && query.contains("goal=data-analyst")) {
                    reply(exchange, 200, "application/json", """
                            {"learnerId":"x","goalSlug":"data-analyst","goalName":"Data Analyst",
                             "at":"2026-05-03T10:00:00Z","complete":false,"masteredModules":0,"totalModules":1,
                             "masteryThreshold":0.8,"nextStep":{"kind":"STUDY","moduleSlug":"sql-basics"},
                             "modules":[{"slug":"sql-basics","title":"SQL basics","status":"READY",
                                "skills":[{"code":"sql-select","name":"Selecting rows","mastery":0.1,"mastered":false,
                                           "practiceCount":0}],"prerequisites":[],"missingPrerequisites":[]}],
                             "reviews":[]}""");
                } else {
                    chosenPath(exchange);
                }
            }
            case "GET /recommender/api/learners/me/placement" -> placement(exchange, user, goalOf(query));
            case "POST /recommender/api/learners/me/placement" -> {
                JsonNode start = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
                reply(exchange, 201, "application/json",
                        placementView(start.path("goalSlug").asText("ml-foundations"), "IN_PROGRESS", 0));
            }
            case "POST /recommender/api/learners/me/placement/finish" ->
                reply(exchange, 200, "application/json", placementView(goalOf(query), "COMPLETED", 7));
            case "POST /recommender/api/learners/me/placement/skip" -> {
                if (PLACED_USER.equals(user)) {
                    problem(exchange, 409, "Conflict", "The placement is completed already: its result stays");
                } else if (UNKNOWN_GOAL.equals(goalOf(query))) {
                    reply(exchange, 404, PROBLEM, """
                            {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                             "detail":"Goal not found"}""");
                } else {
                    reply(exchange, 200, "application/json", placementView(goalOf(query), "SKIPPED", 0));
                }
            }
            case "GET /assessment/api/learners/me/attempts" -> {
                if (query != null && query.contains("page=0")) {
                    reply(exchange, 200, "application/json", """
                            [{"id":"0b5c1a62-0000-4000-8000-000000000002",
                              "itemId":"7f3e9c10-1111-4000-8000-00000000000a","response":{"choice":"b"},
                              "correct":true,"score":1.0,"answeredAt":"2026-05-03T09:00:00Z","attemptNumber":1},
                             {"id":"0b5c1a62-0000-4000-8000-000000000001",
                              "itemId":"9a1d2e30-2222-4000-8000-00000000000b","response":{"choices":["a","c"]},
                              "correct":false,"score":0.5,"answeredAt":"2026-05-03T08:00:00Z","attemptNumber":1}]""");
                } else {
                    reply(exchange, 200, "application/json", "[]");
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The placement of {@code user} for {@code goal}: by user, see {@link #PLACING_USER}. */
    private static void placement(HttpExchange exchange, String user, String goal) throws IOException {
        if (PLACING_USER.equals(user)) {
            reply(exchange, 200, "application/json", placementView(goal, "IN_PROGRESS", 3));
        } else if (PLACED_USER.equals(user)) {
            reply(exchange, 200, "application/json", placementView(goal, "COMPLETED", 7));
        } else if (SKIPPED_USER.equals(user)) {
            reply(exchange, 200, "application/json", placementView(goal, "SKIPPED", 0));
        } else if (PLACEMENT_DOWN_USER.equals(user)) {
            problem(exchange, 500, "Internal Server Error", "The placement store is down");
        } else {
            reply(exchange, 404, PROBLEM, """
                    {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                     "detail":"No placement assessment for this goal"}""");
        }
    }

    /** The goal a query names ({@code goal=}), else the fakes' chosen goal. */
    private static String goalOf(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("goal=") && pair.length() > "goal=".length()) {
                    return pair.substring("goal=".length());
                }
            }
        }
        return "ml-foundations";
    }

    /**
     * A placement view as the recommender writes it: in progress with its next item, completed with two modules placed
     * (one sentence with characters HTML must escape), or skipped.
     */
    private static String placementView(String goal, String status, int answered) {
        boolean inProgress = status.equals("IN_PROGRESS");
        boolean completed = status.equals("COMPLETED");
        String next = !inProgress ? "null" : """
                {"itemId":"%s","skillCodes":["ml.ols"],"moduleSlug":"regression","moduleTitle":"Linear regression",
                 "questionPath":"/api/questions/%1$s","informationGain":0.41,"predictedCorrect":0.55}"""
                .formatted(PUBLISHED_ITEM);
        String result = !completed ? "null" : """
                {"placedModules":[
                   {"slug":"statistics-basics","title":"Statistics basics","shownSkill":"stats.mean",
                    "shownSkillName":"Mean and variance",
                    "sentence":"Your answers on Mean & variance show you know it: <enough> to skip this module."},
                   {"slug":"regression","title":"Linear regression","shownSkill":"ml.ols",
                    "shownSkillName":"Least squares","sentence":"Your answers on Least squares show you know it."}],
                 "skills":[{"code":"stats.mean","name":"Mean and variance","known":true,"answered":4,"correct":4},
                           {"code":"ml.ols","name":"Least squares","known":true,"answered":3,"correct":3}]}""";
        return """
                {"placementId":"%s","learnerId":"x","goalSlug":"%s","status":"%s",
                 "startedAt":"2026-05-03T09:00:00Z","finishedAt":%s,"maxItems":20,"answered":%d,"next":%s,
                 "done":%s,"result":%s}""".formatted(PLACEMENT_ID, goal, status,
                inProgress ? "null" : "\"2026-05-03T09:20:00Z\"", answered, next, completed, result);
    }

    /**
     * What the managers' pages ask for: teams (list, one with its ETag, create, replace with If-Match, delete),
     * assignments (create, list, one, withdraw) and an assignment's two reports, as CSV when the Accept header asks
     * for it; false for any other call.
     */
    private static boolean manage(HttpExchange exchange, String route, String query, String ifMatch, String accept,
            String body) throws IOException {
        boolean csv = accept != null && accept.contains("text/csv");
        String teams = "GET /recommender/api/teams";
        String assignments = "/recommender/api/assignments";
        if (route.equals(teams)) {
            String page = query != null && query.contains("page=1") ? "\"page\":1,\"size\":20,\"total\":45"
                    : "\"page\":0,\"size\":20,\"total\":2";
            reply(exchange, 200, "application/json", "{\"items\":[" + teamSummary(TEAM, "Data crew", "hr-42", 2)
                    + "," + teamSummary("5e0c1a00-4444-4000-8000-0000000000ff", "Night shift", null, 0) + "],"
                    + page + "}");
        } else if (route.equals(teams + "/" + TEAM)) {
            withEtag(exchange, "\"3\"");
            reply(exchange, 200, "application/json", team(TEAM, "Data crew", "hr-42", 3));
        } else if (route.equals("POST /recommender/api/teams")) {
            JsonNode team = JSON.readTree(body);
            if (TAKEN_KEY.equals(team.path("key").asText())) {
                problem(exchange, 409, "Conflict", "Another team of the organization has the key " + TAKEN_KEY);
            } else if (body.contains(FOREIGN_LEARNER)) {
                reply(exchange, 404, PROBLEM, """
                        {"type":"urn:learnpath:problem:not-found","title":"Resource not found","status":404,
                         "detail":"members[1].learnerId: no learner 'globex-learner' in your organization",
                         "errors":[{"field":"members[1].learnerId",
                                    "message":"no learner 'globex-learner' in your organization"}]}""");
            } else {
                withEtag(exchange, "\"1\"");
                reply(exchange, 201, "application/json", team(NEW_TEAM, team.path("name").asText(), null, 1));
            }
        } else if (route.equals("PUT /recommender/api/teams/" + TEAM)) {
            if (ifMatch == null) {
                problem(exchange, 428, "Precondition required", "Send If-Match");
            } else if (ifMatch.equals(STALE)) {
                problem(exchange, 412, "Resource has changed", "The team is at version \"3\"");
            } else {
                withEtag(exchange, "\"4\"");
                reply(exchange, 200, "application/json", team(TEAM, JSON.readTree(body).path("name").asText(),
                        "hr-42", 4));
            }
        } else if (route.equals("DELETE /recommender/api/teams/" + TEAM)) {
            reply(exchange, 204, null, "");
        } else if (route.equals("POST " + assignments)) {
            JsonNode assignment = JSON.readTree(body);
            if (UNKNOWN_GOAL.equals(assignment.path("goal").asText())) {
                reply(exchange, 400, PROBLEM, """
                        {"type":"urn:learnpath:problem:validation","title":"Request is not valid","status":400,
                         "detail":"goal: no goal 'retired-goal' in the catalog",
                         "errors":[{"field":"goal","message":"no goal 'retired-goal' in the catalog"}]}""");
            } else if (PAST_DUE.equals(assignment.path("dueDate").asText())) {
                reply(exchange, 400, PROBLEM, """
                        {"type":"urn:learnpath:problem:validation","title":"Request is not valid","status":400,
                         "detail":"dueDate: must not be in the past",
                         "errors":[{"field":"dueDate","message":"must not be in the past"}]}""");
            } else if (!TEAM.equals(assignment.path("teamId").asText())) {
                problem(exchange, 404, "Resource not found", "Team '" + assignment.path("teamId").asText()
                        + "' not found");
            } else {
                reply(exchange, 201, "application/json", assignment(ASSIGNMENT, "Data crew", false));
            }
        } else if (route.equals("GET " + assignments)) {
            reply(exchange, 200, "application/json", "{\"items\":[" + assignment(ASSIGNMENT, "Data crew", false)
                    + "," + assignment(ASSIGNMENT_WITHOUT_REPORTS, null, false) + "],\"page\":0,\"size\":20,"
                    + "\"total\":2}");
        } else if (route.equals("GET " + assignments + "/" + ASSIGNMENT)) {
            reply(exchange, 200, "application/json", assignment(ASSIGNMENT, "Data crew", true));
        } else if (route.equals("GET " + assignments + "/" + ASSIGNMENT_WITHOUT_REPORTS)) {
            reply(exchange, 200, "application/json", assignment(ASSIGNMENT_WITHOUT_REPORTS, null, true));
        } else if (route.equals("DELETE " + assignments + "/" + ASSIGNMENT)) {
            reply(exchange, 204, null, "");
        } else if (route.equals("GET " + assignments + "/" + ASSIGNMENT + "/progress")) {
            boolean atRisk = query != null && query.contains("status=AT_RISK");
            if (csv) {
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"assignment-progress.csv\"");
                reply(exchange, 200, "text/csv; charset=UTF-8; header=present", PROGRESS_CSV_HEADER + "\r\n"
                        + "alice-id,Alice Learner,AT_RISK,0.42,5,12,37,4500,2026-05-03T09:00:00Z,,23.5,4.2,"
                        + "2026-06-01T00:00:00Z\r\n" + (atRisk ? "" : "bob-id,,DONE,1.0,12,12,80,7300,"
                        + "2026-05-02T08:00:00Z,2026-05-02T08:00:00Z,0,6.0,\r\n"));
            } else {
                reply(exchange, 200, "application/json", progress(atRisk));
            }
        } else if (route.equals("GET " + assignments + "/" + ASSIGNMENT + "/skill-gaps")) {
            if (csv) {
                reply(exchange, 200, "text/csv; charset=UTF-8; header=present", SKILL_GAPS_CSV_HEADER + "\r\n"
                        + "sql-select,Selecting rows,0,0,1,1,0.82\r\nsql-joins,Joining tables,1,1,0,0,0.1\r\n");
            } else {
                reply(exchange, 200, "application/json", skillGaps());
            }
        } else {
            return false;
        }
        return true;
    }

    private static String teamSummary(String id, String name, String key, int members) {
        return """
                {"id":"%s","key":%s,"name":"%s","memberCount":%d,"managers":["%s"],"version":3,
                 "updatedAt":"2026-05-01T10:00:00Z"}""".formatted(id, key == null ? "null" : "\"" + key + "\"", name,
                members, TestTokens.subjectOf("maria"));
    }

    private static String team(String id, String name, String key, long version) {
        return """
                {"id":"%s","key":%s,"name":"%s","members":[{"learnerId":"alice-id","name":"Alice Learner"},
                 {"learnerId":"bob-id","name":null}],"managers":["%s"],"version":%d,
                 "createdAt":"2026-05-01T10:00:00Z","updatedAt":"2026-05-01T10:00:00Z"}""".formatted(id,
                key == null ? "null" : "\"" + key + "\"", name, TestTokens.subjectOf("maria"), version);
    }

    private static String assignment(String id, String teamName, boolean withLearners) {
        String team = teamName == null ? "\"teamId\":null,\"teamName\":null"
                : "\"teamId\":\"" + TEAM + "\",\"teamName\":\"" + teamName + "\"";
        String learners = withLearners ? ",\"learners\":[{\"learnerId\":\"alice-id\",\"completedAt\":null},"
                + "{\"learnerId\":\"bob-id\",\"completedAt\":\"2026-05-02T08:00:00Z\"}]" : "";
        return """
                {"id":"%s","goal":"data-analyst","goalName":"Data Analyst",%s,"learnerIds":[],"dueDate":"2031-01-31",
                 "createdBy":"%s","createdAt":"2026-05-01T10:00:00Z","learnerCount":2,"completedCount":1%s}"""
                .formatted(id, team, TestTokens.subjectOf("maria"), learners);
    }

    private static String progress(boolean atRiskOnly) {
        String alice = """
                {"learnerId":"alice-id","name":"Alice Learner","status":"AT_RISK","masteredShare":0.42,
                 "masteredSkills":5,"skills":12,"answers":37,"timeSpentSeconds":4500,
                 "lastActivityAt":"2026-05-03T09:00:00Z","completedAt":null,"expectedAnswersRemaining":23.5,
                 "answersPerDay":4.2,"projectedCompletion":"2026-06-01T00:00:00Z"}""";
        String bob = """
                {"learnerId":"bob-id","name":null,"status":"DONE","masteredShare":1.0,"masteredSkills":12,
                 "skills":12,"answers":80,"timeSpentSeconds":7300,"lastActivityAt":"2026-05-02T08:00:00Z",
                 "completedAt":"2026-05-02T08:00:00Z","expectedAnswersRemaining":0,"answersPerDay":6.0,
                 "projectedCompletion":null}""";
        return """
                {"assignmentId":"%s","goal":"data-analyst","goalName":"Data Analyst","dueDate":"2031-01-31",
                 "generatedAt":"2026-05-04T10:00:00Z",
                 "summary":{"learners":2,"done":1,"onTrack":0,"atRisk":1,"overdue":0},
                 "items":[%s],"page":0,"size":50,"total":%d}""".formatted(ASSIGNMENT,
                atRiskOnly ? alice : alice + "," + bob, atRiskOnly ? 1 : 2);
    }

    private static String skillGaps() {
        return """
                {"goal":"data-analyst","goalName":"Data Analyst","learners":2,"generatedAt":"2026-05-04T10:00:00Z",
                 "bands":[{"band":"NOT_STARTED","label":"Not started"},
                          {"band":"BEGINNING","label":"Beginning","from":0,"to":0.4},
                          {"band":"DEVELOPING","label":"Developing","from":0.4,"to":0.95},
                          {"band":"MASTERED","label":"Mastered","from":0.95,"to":1}],
                 "items":[{"skill":"sql-select","name":"Selecting rows",
                           "counts":{"NOT_STARTED":0,"BEGINNING":0,"DEVELOPING":1,"MASTERED":1},"meanMastery":0.82},
                          {"skill":"sql-joins","name":"Joining tables <and> keys",
                           "counts":{"NOT_STARTED":1,"BEGINNING":1,"DEVELOPING":0,"MASTERED":0},"meanMastery":0.1}],
                 "page":0,"size":100,"total":2}""";
    }

    /** The learner's path to the goal they chose. */
    private static void chosenPath(HttpExchange exchange) throws IOException {
        reply(exchange, 200, "application/json", """
                {"learnerId":"x","goalSlug":"ml-foundations","goalName":"ML Foundations",
                 "at":"2026-05-03T10:00:00Z","complete":false,"masteredModules":1,"totalModules":2,
                 "masteryThreshold":0.8,"nextStep":{"kind":"STUDY","moduleSlug":"regression"},
                 "modules":[
                   {"slug":"statistics-basics","title":"Statistics basics","status":"MASTERED",
                    "skills":[{"code":"stats.mean","name":"Mean and variance","mastery":0.91,"mastered":true,
                               "practiceCount":6}],"prerequisites":[],"missingPrerequisites":[],
                    "placement":{"shownSkill":"stats.mean",
                                 "sentence":"Your answers on Mean and variance show you know it."}},
                   {"slug":"regression","title":"Linear regression","status":"READY",
                    "skills":[{"code":"ml.ols","name":"Least squares","mastery":0.2,"mastered":false,
                               "practiceCount":1},
                              {"code":"ml.residuals","name":"Residuals","mastery":0.1,"mastered":false,
                               "practiceCount":0}],"prerequisites":["statistics-basics"],
                    "missingPrerequisites":[]}],
                 "reviews":[{"skillCode":"stats.mean","moduleSlug":"statistics-basics","mastery":0.83,
                             "dueAt":"2026-05-04T09:30:00Z","due":true}],
                 "certification":{"probability":0.0116,"target":0.95,"certified":false,"skillCount":3,
                   "skillsToCheck":[{"code":"ml.residuals","name":"Residuals","evidence":0.1,"answered":false},
                                    {"code":"ml.ols","name":"Least squares","evidence":0.2,"answered":true},
                                    {"code":"stats.mean","name":"Mean and variance","evidence":0.58,
                                     "answered":true}]}}""");
    }

    /**
     * A path with every module mastered and the goal not certified yet: the next step is the certification check of
     * the least certain skill. The probability would round to the 95 % needed, and the skill's 96.51 % to 97 %.
     */
    private static void certifyPath(HttpExchange exchange) throws IOException {
        reply(exchange, 200, "application/json", """
                {"learnerId":"x","goalSlug":"%s","goalName":"ML Check",
                 "at":"2026-05-03T10:00:00Z","complete":false,"masteredModules":2,"totalModules":2,
                 "masteryThreshold":0.95,
                 "nextStep":{"kind":"CERTIFY","moduleSlug":"regression","moduleTitle":"Linear regression",
                   "skillCode":"ml.ols","skillName":"Least squares",
                   "reason":{"kind":"CERTIFICATION_CHECK","skillCode":"ml.ols","mastery":0.9651,"threshold":0.95,
                     "blockedModule":null,"sentence":"Certification check: every module of your goal is mastered."}},
                 "modules":[
                   {"slug":"regression","title":"Linear regression","status":"MASTERED",
                    "skills":[{"code":"ml.ols","name":"Least squares","mastery":0.97,"mastered":true,
                               "practiceCount":6,"evidence":0.9651},
                              {"code":"ml.eval","name":"Model evaluation","mastery":0.996,"mastered":true,
                               "practiceCount":5,"evidence":0.9942}],"prerequisites":[],"missingPrerequisites":[]},
                   {"slug":"trees","title":"Decision trees","status":"MASTERED",
                    "skills":[{"code":"ml.trees","name":"Splitting rules","mastery":0.99,"mastered":true,
                               "practiceCount":4,"evidence":0.99}],"prerequisites":["regression"],
                    "missingPrerequisites":[]}],
                 "reviews":[],
                 "certification":{"probability":0.9499,"target":0.95,"certified":false,"skillCount":3,
                   "skillsToCheck":[{"code":"ml.ols","name":"Least squares","evidence":0.9651,"answered":true}]}}"""
                .formatted(CERTIFY_GOAL));
    }

    /** A complete path: every module mastered and the goal certified. */
    private static void certifiedPath(HttpExchange exchange) throws IOException {
        reply(exchange, 200, "application/json", """
                {"learnerId":"x","goalSlug":"%s","goalName":"ML Done",
                 "at":"2026-05-03T10:00:00Z","complete":true,"masteredModules":1,"totalModules":1,
                 "masteryThreshold":0.95,
                 "nextStep":{"kind":"GOAL_COMPLETE","moduleSlug":null,"moduleTitle":null,"skillCode":null,
                   "skillName":null,"reason":{"kind":"GOAL_COMPLETE","skillCode":null,"mastery":0.9731,
                     "threshold":0.95,"blockedModule":null,"sentence":"You have mastered every module."}},
                 "modules":[
                   {"slug":"regression","title":"Linear regression","status":"MASTERED",
                    "skills":[{"code":"ml.ols","name":"Least squares","mastery":0.99,"mastered":true,
                               "practiceCount":9,"evidence":0.9731}],"prerequisites":[],
                    "missingPrerequisites":[]}],
                 "reviews":[],
                 "certification":{"probability":0.9731,"target":0.95,"certified":true,"skillCount":1,
                   "skillsToCheck":[]}}"""
                .formatted(CERTIFIED_GOAL));
    }

    /** What the author and admin pages ask for, with the refusals the services give. */
    private static void author(HttpExchange exchange, String route, String path, String query, String ifMatch,
            JsonNode json) throws IOException {
        // --- catalog
        if (route.equals("GET /catalog/api/modules")) {
            // The second page of a longer catalog, for the page links; else every module on one page.
            String page = query != null && query.contains("page=1") ? "\"page\":1,\"size\":50,\"total\":120"
                    : "\"page\":0,\"size\":50,\"total\":2";
            reply(exchange, 200, "application/json", "{\"items\":[" + module("sql-joins", "SQL joins", 3) + ","
                    + module("sql-basics", "SQL basics", 1) + "]," + page + "}");
        } else if (route.equals("GET /catalog/api/modules/sql-joins") || route.equals("GET /catalog/api/modules/sql-basics")) {
            String slug = path.substring(path.lastIndexOf('/') + 1);
            withEtag(exchange, "\"3\"");
            reply(exchange, 200, "application/json", module(slug, slug.equals("sql-joins") ? "SQL joins" : "SQL basics", 3));
        } else if (route.matches("GET /catalog/api/modules/[a-z-]+/goals")) {
            reply(exchange, 200, "application/json", "[" + goal(5) + "]");
        } else if (route.equals("PUT /catalog/api/modules/sql-joins")) {
            if (ifMatch == null) {
                problem(exchange, 428, "Precondition required", "Send If-Match");
            } else if (ifMatch.equals(STALE)) {
                problem(exchange, 412, "Resource has changed", "The resource was changed by someone else");
            } else if (json.path("prerequisites").toString().contains("sql-advanced")) {
                reply(exchange, 409, PROBLEM, """
                        {"type":"urn:learnpath:problem:prerequisite-cycle","title":"Prerequisite cycle","status":409,
                         "detail":"These prerequisites would make a cycle: sql-joins requires sql-advanced requires sql-joins",
                         "errors":[{"field":"prerequisites","message":"would create a cycle"}],
                         "cycle":["sql-joins","sql-advanced","sql-joins"]}""");
            } else if (json.path("skills").toString().contains("unknown-skill")) {
                reply(exchange, 400, PROBLEM, """
                        {"type":"urn:learnpath:problem:validation","title":"Request is not valid","status":400,
                         "errors":[{"field":"skills[0]","message":"unknown skill 'unknown-skill'"}]}""");
            } else {
                withEtag(exchange, "\"4\"");
                reply(exchange, 200, "application/json", module("sql-joins", json.path("title").asText(), 4));
            }
        } else if (route.equals("POST /catalog/api/modules")) {
            String slug = json.path("slug").asText();
            if (slug.equals("sql-joins")) {
                problem(exchange, 409, "Conflict", "Module 'sql-joins' already exists");
            } else {
                withEtag(exchange, "\"1\"");
                reply(exchange, 201, "application/json", module(slug, json.path("title").asText(), 1));
            }
        } else if (route.equals("DELETE /catalog/api/modules/sql-joins")) {
            reply(exchange, 204, null, "");
        } else if (route.equals("DELETE /catalog/api/modules/sql-basics")) {
            problem(exchange, 409, "Conflict", "Module 'sql-basics' is still used; required by modules [sql-joins]");
        } else if (route.equals("GET /catalog/api/goals")) {
            reply(exchange, 200, "application/json", """
                    [{"slug":"ml-foundations","name":"ML Foundations","description":"Models from data","modules":[],
                      "version":1},""" + goal(5) + "]");
        } else if (route.equals("GET /catalog/api/goals/data-analyst")) {
            withEtag(exchange, "\"5\"");
            reply(exchange, 200, "application/json", goal(5));
        } else if (route.equals("PUT /catalog/api/goals/data-analyst")) {
            if (STALE.equals(ifMatch)) {
                problem(exchange, 412, "Resource has changed", "changed");
            } else {
                withEtag(exchange, "\"6\"");
                reply(exchange, 200, "application/json", goal(6));
            }
        } else if (route.equals("GET /catalog/api/skills")) {
            reply(exchange, 200, "application/json", """
                    {"items":[{"code":"sql-joins","name":"Joining tables","description":"d","area":"DATA_ANALYSIS",
                     "version":1}],"page":0,"size":100,"total":1}""");

        // --- assessment
        } else if (route.equals("GET /assessment/api/items")) {
            // The second page of a longer bank, for the page links; else the whole bank on one page.
            String page = query != null && query.contains("page=1") ? "\"page\":1,\"size\":20,\"total\":45"
                    : "\"page\":0,\"size\":20,\"total\":2";
            reply(exchange, 200, "application/json", "{\"items\":[" + draftItem() + "," + publishedItem()
                    + "]," + page + "}");
        } else if (route.equals("GET /assessment/api/items/" + DRAFT_ITEM)) {
            withEtag(exchange, "\"2\"");
            reply(exchange, 200, "application/json", draftItem());
        } else if (route.equals("GET /assessment/api/items/" + PUBLISHED_ITEM)) {
            withEtag(exchange, "\"2\"");
            reply(exchange, 200, "application/json", publishedItem());
        } else if (route.equals("GET /assessment/api/items/" + NEW_ITEM)) {
            withEtag(exchange, "\"1\"");
            reply(exchange, 200, "application/json", newItem());
        } else if (route.equals("POST /assessment/api/items")) {
            if (repeatsAnOption(json)) {
                lintRefusal(exchange);
            } else {
                withEtag(exchange, "\"1\"");
                reply(exchange, 201, "application/json", newItem());
            }
        } else if (route.equals("PUT /assessment/api/items/" + DRAFT_ITEM)) {
            if (repeatsAnOption(json)) {
                lintRefusal(exchange);
            } else if (STALE.equals(ifMatch)) {
                problem(exchange, 412, "Resource has changed", "changed");
            } else {
                withEtag(exchange, "\"3\"");
                reply(exchange, 200, "application/json", draftItem());
            }
        } else if (route.equals("POST /assessment/api/items/" + DRAFT_ITEM + "/publish")
                || route.equals("POST /assessment/api/items/" + PUBLISHED_ITEM + "/retire")) {
            withEtag(exchange, "\"3\"");
            reply(exchange, 200, "application/json", publishedItem());
        } else if (route.equals("GET /assessment/api/reports/skills/" + LINTED_SKILL + "/lint")) {
            reply(exchange, 200, "application/json", skillLint());
        } else if (route.equals("GET /assessment/api/reports/skills/" + LINT_DOWN + "/lint")) {
            problem(exchange, 503, "Service unavailable", "The linter is busy");
        } else if (route.matches("GET /assessment/api/reports/skills/[^/]+/lint")) {
            problem(exchange, 404, "Resource not found", "No items and no catalog entry for this skill");
        } else if (route.startsWith("GET /assessment/api/reports/items/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            reply(exchange, 200, "application/json", "{\"itemId\":\"" + id + "\",\"attempts\":12,\"learners\":9,"
                    + "\"shareCorrect\":0.75,\"meanScore\":0.75,\"meanResponseTimeMillis\":5000.0}");

        // --- recommender
        } else if (route.equals("GET /recommender/api/item-difficulties/" + PUBLISHED_ITEM)) {
            reply(exchange, 200, "application/json", "{\"itemId\":\"" + PUBLISHED_ITEM
                    + "\",\"difficulty\":0.42,\"answers\":12}");
        } else if (route.startsWith("GET /recommender/api/item-difficulties/")) {
            problem(exchange, 404, "Resource not found", "Item not found");
        } else if (route.equals("POST /recommender/api/refits")) {
            reply(exchange, 200, "application/json", "{\"at\":\"2026-05-03T10:00:00Z\",\"answers\":1234,"
                    + "\"tookMillis\":850,\"skills\":[" + parameters() + "],\"skipped\":[\"pandas-intro\"]}");
        } else if (route.equals("GET /recommender/api/skill-parameters")) {
            reply(exchange, 200, "application/json", "[" + parameters() + "]");
        } else {
            problem(exchange, 404, "Resource not found", "The fake has no " + route);
        }
    }

    /** An echo call: 201 with what arrived, and headers only some of which the proxy may pass on. */
    private static void echo(HttpExchange exchange, String path, ObjectNode request) throws IOException {
        if (path.endsWith("/api/stale")) {
            reply(exchange, 412, PROBLEM, """
                    {"type":"urn:learnpath:problem:precondition-failed","title":"Resource has changed","status":412,
                     "detail":"Someone else changed it"}""");
            return;
        }
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        exchange.getResponseHeaders().add("Location", "http://service.internal/api/things/1");
        exchange.getResponseHeaders().add("Set-Cookie", "service-session=1");
        exchange.getResponseHeaders().add("X-Internal", "not for browsers");
        reply(exchange, 201, "application/json", JSON.writeValueAsString(request));
    }

    private static String module(String slug, String title, long version) {
        return """
                {"slug":"%s","title":"%s","summary":"Combine tables <with> keys.","area":"DATA_ANALYSIS",
                 "level":"INTERMEDIATE","estimatedMinutes":45,"outcomes":["Write an inner join","Explain a left join"],
                 "resources":[{"title":"Joins explained","url":"https://example.org/joins","kind":"ARTICLE"}],
                 "skills":["sql-joins"],"prerequisites":["sql-basics"],"version":%d}"""
                .formatted(slug, title, version);
    }

    private static String goal(long version) {
        return """
                {"slug":"data-analyst","name":"Data Analyst","description":"Questions from data.",
                 "modules":["sql-basics","sql-joins"],"version":%d}""".formatted(version);
    }

    private static String draftItem() {
        return """
                {"id":"%s","stem":"Which join keeps every row of the left table?","type":"SINGLE_CHOICE",
                 "choices":[{"key":"a","text":"Inner join"},{"key":"b","text":"Left join"}],
                 "answer":{"choice":"b"},"explanation":"A left join keeps all rows of the left table.",
                 "difficulty":0.5,"status":"DRAFT","skills":["sql-joins"],"version":2,
                 "warnings":[%s]}""".formatted(DRAFT_ITEM, warning("stem-reveals-key", "stem", STEM_WARNING));
    }

    /** A created item whose key is by far the longest option: the linter warns, at the key's text and the stem. */
    private static String newItem() {
        return """
                {"id":"%s","stem":"Which join keeps every row of the left table?","type":"SINGLE_CHOICE",
                 "choices":[{"key":"a","text":"Inner join"},
                            {"key":"b","text":"A left join, which keeps every row of the left table"},
                            {"key":"c","text":"Cross join"}],
                 "answer":{"choice":"b"},"explanation":"A left join keeps all rows of the left table.",
                 "difficulty":0.5,"status":"DRAFT","skills":["sql-joins"],"version":1,
                 "warnings":[%s,%s]}""".formatted(NEW_ITEM,
                warning("longest-key", "choices[1].text", LONGEST_KEY_WARNING),
                warning("stem-reveals-key", "stem", STEM_WARNING));
    }

    private static String warning(String rule, String field, String message) {
        ObjectNode w = JSON.createObjectNode();
        w.put("rule", rule);
        w.put("field", field);
        w.put("message", message);
        w.put("severity", "WARNING");
        return w.toString();
    }

    /** Whether an item body has two options with the same text (ignoring case): the linter refuses it. */
    private static boolean repeatsAnOption(JsonNode item) {
        Set<String> seen = new HashSet<>();
        for (JsonNode choice : item.path("choices")) {
            if (!seen.add(choice.path("text").asText().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of an item the linter finds broken: the option a repeated is c here (choices[2]). */
    private static void lintRefusal(HttpExchange exchange) throws IOException {
        String message = "The option repeats option a: each option must say something different.";
        reply(exchange, 400, PROBLEM, """
                {"type":"urn:learnpath:problem:validation","title":"Request is not valid","status":400,
                 "detail":"choices[2].text: %1$s",
                 "errors":[{"field":"choices[2].text","message":"%1$s (duplicate-options)"}],
                 "lint":[{"rule":"duplicate-options","severity":"ERROR","field":"choices[2].text",
                          "message":"%1$s"}]}""".formatted(message));
    }

    /** The lint report of {@link #LINTED_SKILL}: one bank check fails, one passes, one has too few items. */
    private static String skillLint() {
        return """
                {"skill":"%s","passes":false,"byStatus":{"DRAFT":1,"PUBLISHED":1},
                 "figures":{"scope":"%1$s","items":2,"byType":{"SINGLE_CHOICE":1,"NUMERIC":1},
                  "itemWarnings":{"stem-reveals-key":1},
                  "checks":[{"rule":"bank.longest-key-share","judged":true,"passes":false,
                             "message":"The key is the longest option in 3 of 4 single-choice items (75 %%), above the limit of 45 %%."},
                            {"rule":"bank.absolute-word-rates","judged":true,"passes":true,
                             "message":"Absolute words in 0 of 2 keys and 0 of 4 wrong options."},
                            {"rule":"bank.short-text-forms","judged":false,"passes":true,
                             "message":"No short-text item."}]},
                 "items":{"items":[{"id":"%s","type":"SINGLE_CHOICE","status":"DRAFT","difficulty":0.5,
                                    "stem":"Which join keeps every row of the left table?",
                                    "findings":[%s]},
                                   {"id":"%s","type":"NUMERIC","status":"PUBLISHED","difficulty":-1.0,
                                    "stem":"What is the mean of 2, 4 and 9?","findings":[]}],
                          "page":0,"size":100,"total":2}}""".formatted(LINTED_SKILL, DRAFT_ITEM,
                warning("stem-reveals-key", "stem", STEM_WARNING), PUBLISHED_ITEM);
    }

    private static String publishedItem() {
        return """
                {"id":"%s","stem":"What is the mean of 2, 4 and 9?","type":"NUMERIC","choices":null,
                 "answer":{"value":5.0,"tolerance":0.0},"explanation":"Add them up and divide by three: 15 / 3 = 5.",
                 "difficulty":-1.0,"status":"PUBLISHED","skills":["stats-mean"],"version":2,"warnings":[]}"""
                .formatted(PUBLISHED_ITEM);
    }

    private static String parameters() {
        return "{\"skillCode\":\"sql-joins\",\"prior\":0.25,\"learn\":0.125,\"guess\":0.2,\"slip\":0.1,"
                + "\"sequences\":30,\"answers\":400,\"logLikelihood\":-200.5,\"fittedAt\":\"2026-05-03T10:00:00Z\"}";
    }

    private static void withEtag(HttpExchange exchange, String etag) {
        exchange.getResponseHeaders().add("ETag", etag);
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", "urn:learnpath:problem:test");
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        reply(exchange, status, PROBLEM, JSON.writeValueAsString(doc));
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The preferred_username of a bearer token, read without verifying (the portal verified it). */
    private static String username(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("preferred_username").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
