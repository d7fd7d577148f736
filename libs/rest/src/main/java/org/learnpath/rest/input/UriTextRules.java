package org.learnpath.rest.input;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.learnpath.events.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemType;

/**
 * Holds the request's path and query string to the same {@link Text} rules as JSON bodies, before any resource sees
 * them: a percent-encoded NUL in a path parameter or a query value used to reach a database query and fail there.
 * Also refuses percent-encodings that are not UTF-8, which JAX-RS would otherwise decode into replacement
 * characters and look up as if the client had meant them.
 */
@ApplicationScoped
public class UriTextRules {

    void register(@Observes Router router) {
        router.route().order(-999).handler(UriTextRules::check);
    }

    private static void check(RoutingContext ctx) {
        String path = ctx.request().path();
        String problem = path == null ? null : problemIn(path, false);
        String field = "path";
        String query = ctx.request().query();
        if (problem == null && query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                problem = problemIn(name, true);
                if (problem == null && eq >= 0) {
                    problem = problemIn(pair.substring(eq + 1), true);
                }
                if (problem != null) {
                    String decoded = decodeQuietly(name);
                    field = decoded == null || Text.firstForbidden(decoded) != null ? "query" : decoded;
                    break;
                }
            }
        }
        if (problem == null) {
            ctx.next();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", ProblemType.VALIDATION.uri().toString())
                .put("title", ProblemType.VALIDATION.title())
                .put("status", 400)
                .put("detail", field + ": " + problem)
                .put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", problem)));
        ctx.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body.encode());
    }

    /** Why the percent-encoded {@code raw} is not acceptable text, or null when it is. */
    static String problemIn(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return Text.firstForbidden(raw) == null ? null : "must not contain " + Text.firstForbidden(raw);
        }
        String decoded = decode(raw, plusIsSpace);
        if (decoded == null) {
            return "must be valid percent-encoded UTF-8";
        }
        String forbidden = Text.firstForbidden(decoded);
        return forbidden == null ? null : "must not contain " + forbidden;
    }

    private static String decodeQuietly(String raw) {
        return decode(raw, true);
    }

    /** Strict percent-decoding: null for a malformed escape or bytes that are not UTF-8. */
    private static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
