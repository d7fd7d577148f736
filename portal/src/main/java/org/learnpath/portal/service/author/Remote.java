package org.learnpath.portal.service.author;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.ApiProblem;

/**
 * A call to a service: a service that cannot be reached becomes a readable "unavailable" problem (not a stack
 * trace), and a read that carries an ETag keeps it with the entity.
 */
public final class Remote {

    private Remote() {
    }

    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            throw ApiProblem.unavailable(service);
        }
    }

    public static void run(String service, Runnable call) {
        call(service, () -> {
            call.run();
            return null;
        });
    }

    /** The entity and its ETag; {@code version} stands in for a missing header (the services' ETag is "version"). */
    public static <T> Tagged<T> tagged(String service, Supplier<RestResponse<T>> call,
            java.util.function.ToLongFunction<T> version) {
        RestResponse<T> response = call(service, call);
        T entity = response.getEntity();
        String etag = response.getHeaderString("ETag");
        if (etag == null || etag.isBlank()) {
            etag = "\"" + version.applyAsLong(entity) + "\"";
        }
        return new Tagged<>(entity, etag);
    }
}
