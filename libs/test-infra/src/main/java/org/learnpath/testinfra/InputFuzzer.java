package org.learnpath.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learnpath.testinfra.FuzzBodies.Body;
import org.learnpath.testinfra.FuzzOperations.Operation;
import org.learnpath.testinfra.FuzzOperations.Parameter;

/**
 * Sends generated hostile requests to every operation of the running service's OpenAPI document, with the tokens
 * of every role, and collects each answer that is a 5xx, or a 4xx that is not an RFC 9457 problem document with
 * the same status. Everything is drawn from one seed ({@value #SEED_PROPERTY}), printed with every failure.
 *
 * <p>The services' tests share one application and one database, so operations other than GET only ever name
 * entities the calling test created for the fuzzer ({@link #ownedValues}) or ids that do not exist: a fuzzed
 * PUT or DELETE cannot change the fixtures other test classes rely on.
 */
public final class InputFuzzer {

    public static final String SEED_PROPERTY = "learnpath.fuzz.seed";
    /** A regular expression over "METHOD /path/{template}" that limits the run to those operations. */
    public static final String ONLY_PROPERTY = "learnpath.fuzz.only";
    /**
     * The user behind the learner, author and admin tokens (one person with several roles), so that what a test
     * creates for the fuzzer as this user is reachable with most tokens.
     */
    public static final String USER = "fuzz-user";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EXAMPLES = 20;
    private static final RestAssuredConfig CONFIG = RestAssured.config()
            // Bodies are bytes sent as they are, whatever Content-Type the request claims.
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .encodeContentTypeAs("application/x-www-form-urlencoded", io.restassured.http.ContentType.BINARY))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 60_000)
                    .setParam("http.connection.timeout", 10_000));

    private enum Part { BODY, PATH, QUERY, HEADER, NONE }

    private final String module;
    private int requestsPerOperation = 200;
    private final Map<String, List<Function<Random, String>>> values = new HashMap<>();
    private final Map<String, List<String>> owned = new HashMap<>();
    private final Map<String, List<String>> examples = new HashMap<>();
    private final Map<String, List<String>> discovered = new HashMap<>();
    private final Set<String> listed = new HashSet<>();

    private InputFuzzer(String module) {
        this.module = module;
    }

    /** A fuzzer for the service under test; the Maven module's name goes into the rerun command it prints. */
    public static InputFuzzer forModule(String module) {
        return new InputFuzzer(module);
    }

    public InputFuzzer requestsPerOperation(int count) {
        this.requestsPerOperation = count;
        return this;
    }

    /**
     * Valid values for path or query parameters and body fields of this name (reads may use them as paths); a
     * path parameter's values can also be given under its template, as in "/api/modules/{slug}", or for one
     * operation, as in "PUT /api/items/{id}".
     */
    public InputFuzzer values(String name, String... fixed) {
        for (String value : fixed) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(random -> value);
        }
        return this;
    }

    /** Fresh valid values for body fields and parameters of this name, such as the key of an entity to create. */
    public InputFuzzer values(String name, Function<Random, String> generator) {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(generator);
        return this;
    }

    /**
     * Path values of entities the calling test created for the fuzzer: the only existing ones that operations
     * other than GET are sent to, since those may change or delete what they name. Named like {@link #values}.
     */
    public InputFuzzer ownedValues(String name, String... fixed) {
        owned.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(fixed));
        return this;
    }

    /**
     * A valid body of "METHOD /path/{template}" that the schema alone would not give (rules across fields): JSON
     * text, or an object Jackson writes as JSON.
     */
    public InputFuzzer example(String operation, Object body) {
        String json;
        try {
            json = body instanceof String text ? text : JSON.writeValueAsString(body);
            JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Example body of " + operation + " is not JSON", e);
        }
        examples.computeIfAbsent(operation, n -> new ArrayList<>()).add(json);
        return this;
    }

    public Result run() {
        long seed = seed();
        long started = System.nanoTime();
        JsonNode document;
        try {
            document = JSON.readTree(RestAssured.given().config(CONFIG).get("/q/openapi?format=json").then()
                    .statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
        FuzzOperations operations = new FuzzOperations(document);
        FuzzBodies bodies = new FuzzBodies(operations, samples(), maxBodyBytes());
        Tokens tokens = new Tokens();
        Pattern only = System.getProperty(ONLY_PROPERTY) == null ? null : Pattern.compile(System.getProperty(ONLY_PROPERTY));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, int[]> statuses = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Violation> firstByKind = new LinkedHashMap<>();
        Map<String, Integer> countByKind = new HashMap<>();
        int total = 0;
        for (Operation operation : operations.all()) {
            if (only != null && !only.matcher(operation.key()).find()) {
                continue;
            }
            discover(operation, tokens);
            Random random = new Random(seed * 1_000_003L + operation.key().hashCode());
            long operationStarted = System.nanoTime();
            for (int i = 0; i < requestsPerOperation; i++) {
                FuzzRequest request = generate(operation, random, bodies, tokens);
                int[] byClass = statuses.computeIfAbsent(operation.key(), k -> new int[6]);
                String failure = send(request, operation, firstByKind, countByKind, tokens, byClass);
                counts.merge(operation.key(), 1, Integer::sum);
                total += failure == null ? 0 : 1;
            }
            millis.put(operation.key(), (System.nanoTime() - operationStarted) / 1_000_000);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("InputFuzzer %s: seed %d, %d operations, %d requests, %d failed, %d s%n", module, seed,
                counts.size(), counts.values().stream().mapToInt(Integer::intValue).sum(), total, took.toSeconds());
        // How deep the requests got: an operation that never answers 2xx is only fuzzed at its gates.
        statuses.forEach((operation, byClass) -> System.out.printf(
                "  %-50s 2xx %3d  3xx %3d  4xx %3d  5xx %3d  none %3d  %5d ms%n", operation, byClass[2], byClass[3],
                byClass[4], byClass[5], byClass[0], millis.get(operation)));
        return new Result(module, seed, counts, new ArrayList<>(firstByKind.values()), countByKind, total, took);
    }

    // ---------------------------------------------------------------- generating a request

    private FuzzRequest generate(Operation operation, Random random, FuzzBodies bodies, Tokens tokens) {
        boolean hasBody = operation.bodySchema() != null;
        List<Parameter> pathParams = operation.in("path");
        List<Parameter> queryParams = operation.in("query");
        Part part = part(random, hasBody || !operation.safe(), !pathParams.isEmpty(), !queryParams.isEmpty());

        Map<String, String> chosen = new HashMap<>();
        String path = operation.template();
        int hostileAt = pathParams.isEmpty() ? -1 : random.nextInt(pathParams.size());
        for (int i = 0; i < pathParams.size(); i++) {
            Parameter p = pathParams.get(i);
            boolean hostile = (part == Part.PATH && (i == hostileAt || random.nextBoolean())) || random.nextInt(20) == 0;
            String value = hostile ? FuzzValues.hostileSegment(random) : validPathValue(operation, p, random);
            if (!hostile) {
                chosen.put(p.name(), value);
            }
            path = path.replace("{" + p.name() + "}", hostile ? value : FuzzValues.encode(value));
        }
        path = path.replaceAll("\\{[^}]*}", "x");

        List<String> query = new ArrayList<>();
        int hostileQuery = queryParams.isEmpty() ? -1 : random.nextInt(queryParams.size());
        for (int i = 0; i < queryParams.size(); i++) {
            Parameter p = queryParams.get(i);
            boolean hostile = (part == Part.QUERY && (i == hostileQuery || random.nextInt(3) == 0)) || random.nextInt(20) == 0;
            if (hostile || p.required() || random.nextBoolean()) {
                String value = hostile ? FuzzValues.hostileQueryValue(random) : FuzzValues.encode(validQueryValue(p, random));
                query.add(FuzzValues.encode(p.name()) + "=" + value);
            }
        }
        if (part == Part.QUERY && random.nextInt(4) == 0) {
            query.add(random.nextBoolean() && !query.isEmpty() ? query.get(0) + "x"
                    : FuzzValues.hostileSegment(random) + "=" + FuzzValues.hostileQueryValue(random));
        }
        if (!query.isEmpty()) {
            path = path + "?" + String.join("&", query);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        String role = tokens.pickRole(random);
        if (role != null) {
            headers.put("Authorization", "Bearer " + tokens.token(role));
        }
        for (Parameter p : operation.in("header")) {
            if (random.nextInt(10) < 8) {
                headers.put(p.name(), validHeader(p.name(), random));
            }
        }
        String kind = part.name().toLowerCase(Locale.ROOT);
        if (part == Part.HEADER) {
            List<String> names = new ArrayList<>(List.of("If-Match", "Idempotency-Key", "Authorization", "Accept"));
            operation.in("header").forEach(p -> names.addAll(List.of(p.name(), p.name())));
            String name = names.get(random.nextInt(names.size()));
            headers.remove(name);
            headers.put(name, name.equals("Authorization") ? tokens.hostileAuthorization(random)
                    : name.equals("Accept") ? hostileAccept(random) : FuzzValues.hostileHeader(random));
            kind = "header " + name;
        }

        Body body = null;
        if (hasBody || part == Part.BODY) {
            JsonNode instance = baseBody(operation, random, bodies);
            chosen.forEach((name, value) -> {
                if (instance instanceof ObjectNode object && object.has(name)) {
                    object.put(name, value);
                }
            });
            body = part == Part.BODY ? bodies.mutate(instance, random) : bodies.valid(instance);
            if (part == Part.BODY) {
                kind = "body " + body.kind();
            }
        }
        return new FuzzRequest(operation.method(), path, headers, body == null ? null : body.contentType(),
                body == null ? null : body.bytes(), kind);
    }

    /** The part of the request that is made hostile; the others are valid but for an occasional extra mutation. */
    private static Part part(Random random, boolean body, boolean path, boolean query) {
        List<Part> weighted = new ArrayList<>(List.of(Part.HEADER, Part.NONE, Part.NONE));
        for (int i = 0; body && i < 6; i++) {
            weighted.add(Part.BODY);
        }
        for (int i = 0; path && i < 2; i++) {
            weighted.add(Part.PATH);
        }
        for (int i = 0; query && i < 2; i++) {
            weighted.add(Part.QUERY);
        }
        return weighted.get(random.nextInt(weighted.size()));
    }

    private JsonNode baseBody(Operation operation, Random random, FuzzBodies bodies) {
        List<String> given = examples.getOrDefault(operation.key(), List.of());
        if (!given.isEmpty() && random.nextBoolean()) {
            try {
                return JSON.readTree(given.get(random.nextInt(given.size())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return operation.bodySchema() == null ? JSON.createObjectNode()
                : bodies.instance(operation.bodySchema(), null, random);
    }

    /**
     * Reads take known entities (given, owned or listed by the service) or well-formed ids of none; every other
     * method takes only the entities the test created for it, or ids of none.
     */
    private String validPathValue(Operation operation, Parameter p, Random random) {
        List<String> pool = new ArrayList<>(lookup(owned, operation, p.name()));
        if (operation.safe()) {
            pool.addAll(lookup(discovered, operation, p.name()));
            for (Function<Random, String> source : lookup(values, operation, p.name())) {
                pool.add(source.apply(random));
            }
        }
        if (!pool.isEmpty() && random.nextInt(5) != 0) {
            return pool.get(random.nextInt(pool.size()));
        }
        String type = p.schema() == null ? "string" : p.schema().path("type").asText("string");
        if (type.equals("integer")) {
            return String.valueOf(2_000_000_000 + random.nextInt(100_000_000));
        }
        return random.nextBoolean() || "uuid".equals(p.schema() == null ? null : p.schema().path("format").asText())
                ? FuzzValues.uuid(random).toString() : "zz-fuzz-absent-" + Integer.toString(random.nextInt(1 << 30), 36);
    }

    /**
     * Values given for one operation ("PUT /api/items/{id}") win over values given under a path parameter's template
     * ("/api/modules/{slug}", which also covers the paths below it), which win over values given under its bare name.
     */
    private static <T> List<T> lookup(Map<String, List<T>> given, Operation operation, String name) {
        List<T> forOperation = given.get(operation.key());
        if (forOperation != null) {
            return forOperation;
        }
        String template = operation.template();
        int at = template.indexOf("{" + name + "}");
        if (at >= 0) {
            List<T> specific = given.get(template.substring(0, at + name.length() + 2));
            if (specific != null) {
                return specific;
            }
        }
        return given.getOrDefault(name, List.of());
    }

    private String validQueryValue(Parameter p, Random random) {
        List<Function<Random, String>> given = values.getOrDefault(p.name(), List.of());
        if (!given.isEmpty()) {
            return given.get(random.nextInt(given.size())).apply(random);
        }
        JsonNode schema = p.schema();
        if (schema != null && schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        String type = schema == null ? "string" : schema.path("type").asText("string");
        return switch (type) {
            case "integer", "number" -> String.valueOf(random.nextInt(5));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> random.nextBoolean() ? "fuzz" : "";
        };
    }

    private String validHeader(String name, Random random) {
        List<Function<Random, String>> given = values.getOrDefault(name, List.of());
        if (!given.isEmpty()) {
            return given.get(random.nextInt(given.size())).apply(random);
        }
        if (name.equalsIgnoreCase("If-Match")) {
            return List.of("*", "*", "*", "\"0\"", "\"1\"", "W/\"0\"").get(random.nextInt(6));
        }
        return FuzzValues.uuid(random).toString();
    }

    private static String hostileAccept(Random random) {
        return List.of("application/xml", "text/html", "text/plain", "image/png", "application/json;q=0",
                "*/*;q=0", "", "application/problem+xml", "application/json, application/problem+json;q=0",
                "\u00e9/\u00e9", "*/*;q=abc", "application/*;q=1.5").get(random.nextInt(12));
    }

    /**
     * Values of a path parameter named like a field of its collection's listing: GET /api/x lists the slugs that
     * /api/x/{slug} and the paths below it are read with.
     */
    private void discover(Operation operation, Tokens tokens) {
        if (!operation.safe()) {
            return;
        }
        for (Parameter p : operation.in("path")) {
            String template = operation.template();
            int at = template.indexOf("/{" + p.name() + "}");
            String collection = template.substring(0, Math.max(0, at));
            if (at < 0 || collection.contains("{") || !listed.add(collection + "/{" + p.name() + "}")) {
                continue;
            }
            try {
                Response response = RestAssured.given().config(CONFIG).auth().oauth2(tokens.token("admin"))
                        .get(collection);
                if (response.statusCode() != 200) {
                    continue;
                }
                JsonNode listing = JSON.readTree(response.asByteArray());
                JsonNode items = listing.isArray() ? listing : listing.path("items");
                List<String> found = new ArrayList<>();
                items.forEach(item -> {
                    if (item.path(p.name()).isValueNode()) {
                        found.add(item.path(p.name()).asText());
                    }
                });
                // Under the template for the paths below the listing; under the bare name for any other path.
                discovered.put(collection + "/{" + p.name() + "}", found);
                discovered.computeIfAbsent(p.name(), n -> new ArrayList<>()).addAll(found);
            } catch (IOException | RuntimeException e) {
                // A listing that cannot be read only means no discovered values for this parameter.
            }
        }
    }

    private Map<String, Function<Random, String>> samples() {
        Map<String, Function<Random, String>> samples = new HashMap<>();
        values.forEach((name, sources) -> samples.put(name, random -> sources.get(random.nextInt(sources.size())).apply(random)));
        return samples;
    }

    // ---------------------------------------------------------------- sending and judging

    private String send(FuzzRequest request, Operation operation, Map<String, Violation> firstByKind,
            Map<String, Integer> countByKind, Tokens tokens, int[] byClass) {
        String failure;
        int status = -1;
        String contentType = null;
        byte[] responseBody = new byte[0];
        try {
            RequestSpecification spec = RestAssured.given().config(CONFIG).urlEncodingEnabled(false);
            request.headers().forEach(spec::header);
            if (request.body() != null) {
                if (request.contentType() != null) {
                    spec.contentType(request.contentType());
                }
                spec.body(request.body());
            }
            Response response = spec.request(request.method(), request.path());
            status = response.statusCode();
            byClass[Math.min(5, Math.max(0, status / 100))]++;
            contentType = response.header("Content-Type");
            responseBody = response.asByteArray();
            failure = judge(status, contentType, responseBody);
        } catch (RuntimeException e) {
            byClass[0]++;
            failure = "no HTTP response: " + e;
        }
        if (failure != null) {
            String key = operation.key() + " | " + request.kind().replaceAll("\\+.*", "") + " | " + failure;
            countByKind.merge(key, 1, Integer::sum);
            firstByKind.putIfAbsent(key, new Violation(key, operation.key(), request.kind(), failure, status,
                    contentType, FuzzRequest.escapeBytes(responseBody), request.describe(tokens.names())));
        }
        return failure;
    }

    private static String judge(int status, String contentType, byte[] body) {
        if (status >= 500) {
            return "server error " + status;
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "not problem+json: " + status;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || !problem.path("status").isIntegralNumber() || problem.path("status").asInt() != status) {
                return "problem status differs from " + status;
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + status;
        }
        return null;
    }

    private static long seed() {
        String given = System.getProperty(SEED_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Long.parseLong(given.trim());
        }
        // A new seed each run explores new inputs; every failure prints it, which makes the run repeatable.
        return System.currentTimeMillis();
    }

    /** The service's own body limit, so that oversized values stay just below it and reach the JSON parser. */
    private static long maxBodyBytes() {
        String limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .orElse("10M").trim().toUpperCase(Locale.ROOT);
        long unit = switch (limit.charAt(limit.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = unit == 1 ? limit : limit.substring(0, limit.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    // ---------------------------------------------------------------- tokens

    /** Tokens of each role, signed again before they expire however long the run takes. */
    private static final class Tokens {
        private static final List<String> ROLES = List.of("learner", "learner", "learner", "author", "author", "author",
                "admin", "admin", "admin", "integration", "integration");
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private long signedAt;

        String pickRole(Random random) {
            int pick = random.nextInt(ROLES.size() + 1);
            return pick == ROLES.size() ? null : ROLES.get(pick);
        }

        String token(String role) {
            if (System.nanoTime() - signedAt > Duration.ofMinutes(2).toNanos()) {
                tokens.put("learner", TestTokens.learner(USER));
                tokens.put("author", TestTokens.author(USER));
                tokens.put("admin", TestTokens.admin(USER));
                tokens.put("integration", TestTokens.integration());
                tokens.forEach((r, t) -> names.put(t, "<" + r + " token>"));
                signedAt = System.nanoTime();
            }
            return tokens.get(role);
        }

        Map<String, String> names() {
            return names;
        }

        String hostileAuthorization(Random random) {
            String token = token("learner");
            List<String> options = List.of("Bearer", "Bearer ", "Bearer  " + token, "bearer " + token, token,
                    "Basic Zm9vOmJhcg==", "Bearer " + token + "x", "Bearer " + token.substring(0, token.length() / 2),
                    "Bearer " + token.replace('.', ','), "Bearer a.b.c", "Bearer e30.e30.", "Bearer ....",
                    "Bearer " + "A".repeat(3000), "Bearer " + TestTokens.user(USER, "learner").expired().sign(),
                    "Bearer " + TestTokens.user(USER, "learner").algNone().sign(),
                    "Bearer " + TestTokens.user(USER, "learner").signedByForeignKey().sign(),
                    "Bearer " + TestTokens.user(USER, "learner").issuer("http://evil.example").sign(),
                    "Bearer " + TestTokens.user(USER, "learner").audience("other").sign(),
                    "Bearer " + token + "\u0001", "Bearer " + FuzzValues.hostileHeader(random));
            return options.get(random.nextInt(options.size()));
        }
    }

    // ---------------------------------------------------------------- result

    /** The first failure of one kind (operation, mutated part, failure), as found. */
    public record Violation(String kind, String operation, String mutation, String failure, int status, String contentType,
            String responseBody, String request) {
    }

    public record Result(String module, long seed, Map<String, Integer> requestsPerOperation, List<Violation> examples,
            Map<String, Integer> countByKind, int failedRequests, Duration took) {

        public boolean clean() {
            return failedRequests == 0;
        }

        public String report() {
            StringBuilder out = new StringBuilder();
            int sent = requestsPerOperation.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format("Input fuzzing of %s: %d of %d requests failed, %d kinds of failure (seed %d).%n",
                    module, failedRequests, sent, countByKind.size(), seed));
            out.append(String.format("Rerun exactly: ./mvnw -B -pl %s -am verify -Dtest=InputFuzzTest "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -D%s=%d [-D%s='<METHOD /path regex>']%n", module,
                    SEED_PROPERTY, seed, ONLY_PROPERTY));
            int shown = 0;
            for (Violation v : examples) {
                if (shown++ == MAX_EXAMPLES) {
                    out.append(String.format("... and %d more kinds%n", examples.size() - MAX_EXAMPLES));
                    break;
                }
                out.append(String.format("%n[%d] %s, %s: %s (%d requests of this kind)%n    request: %s%n"
                        + "    response: %d %s %s%n", shown, v.operation(), v.mutation(), v.failure(),
                        countByKind.getOrDefault(v.kind(), 1), v.request(), v.status(), v.contentType(),
                        v.responseBody().length() > 500 ? v.responseBody().substring(0, 500) + "..." : v.responseBody()));
            }
            return out.toString();
        }

        /** Fails with the report when any request failed. */
        public void assertClean() {
            if (!clean()) {
                throw new AssertionError(report());
            }
        }
    }
}
