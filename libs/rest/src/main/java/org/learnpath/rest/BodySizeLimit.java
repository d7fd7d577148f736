package org.learnpath.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length exceeds quarkus.http.limits.max-body-size with a problem document,
 * before reading it. The HTTP layer enforces the same limit on its own, but answers with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> limit;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.limit = limit;
    }

    void register(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(-1000).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > max) {
                String body = "{\"type\":\"" + ProblemType.HTTP.uri() + "\",\"title\":\"Request body too large\",\"status\":413,"
                        + "\"detail\":\"The body has " + length + " bytes; at most " + max + " are accepted\"}";
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }
}
