package org.learnpath.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.testinfra.Api.as;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learnpath.rest.security.VerifiedTokens;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * What the verified-token cache keeps of a token outlives the request that brought it: none of it may lead back
 * to a request, or every cached token would keep its first request (and what that request holds) in memory, and
 * later requests with the token would see an earlier one's context.
 */
@QuarkusTest
@LearnPathTestResources
class VerifiedTokenRetentionTest {

    private static final int MAX_OBJECTS = 200_000;
    private static final List<Class<?>> REQUEST_TYPES =
            List.of(RoutingContext.class, HttpServerRequest.class, HttpServerResponse.class);

    @Inject
    VerifiedTokens tokens;

    @Test
    void noCachedCallerLeadsBackToARequest() throws ReflectiveOperationException {
        String token = TestTokens.user("retention-learner", "learner").sign();
        as(token).get("/api/modules?size=1").then().statusCode(200);
        as(token).get("/api/modules?size=1").then().statusCode(200);

        List<Object> roots = new ArrayList<>(cachedEntries());
        assertThat(roots).isNotEmpty();
        // What a later request with the token is given.
        roots.add(tokens.find(token).orElseThrow());

        Walk walk = walk(roots);
        assertThat(walk.requestObjects()).isEmpty();
        assertThat(walk.visited()).isLessThan(MAX_OBJECTS);
    }

    /** The cache's entries, through the package-private view VerifiedTokens keeps for such checks. */
    private Collection<?> cachedEntries() throws ReflectiveOperationException {
        Object bean = ClientProxy.unwrap(tokens);
        Method entries = VerifiedTokens.class.getDeclaredMethod("entries");
        entries.setAccessible(true);
        return (Collection<?>) entries.invoke(bean);
    }

    private record Walk(List<String> requestObjects, int visited) {
    }

    /**
     * Every object reachable from the roots, breadth first and at most {@link #MAX_OBJECTS}: fields of application
     * and library classes, elements of arrays and of JDK collections and maps (through their API: their fields are
     * closed to reflection). Other JDK objects (strings, numbers, classes, class loaders, threads) are leaves.
     */
    private static Walk walk(Collection<?> roots) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> queue = new ArrayDeque<>(roots);
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MAX_OBJECTS) {
            Object object = queue.poll();
            if (seen.put(object, Boolean.TRUE) != null) {
                continue;
            }
            if (REQUEST_TYPES.stream().anyMatch(type -> type.isInstance(object))) {
                found.add(object.getClass().getName());
                continue;
            }
            Class<?> type = object.getClass();
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(object); i++) {
                        offer(queue, Array.get(object, i));
                    }
                }
            } else if (isJdk(type)) {
                try {
                    if (object instanceof Map<?, ?> map) {
                        map.forEach((key, value) -> {
                            offer(queue, key);
                            offer(queue, value);
                        });
                    } else if (object instanceof Iterable<?> iterable) {
                        iterable.forEach(element -> offer(queue, element));
                    } else if (object instanceof Optional<?> optional) {
                        optional.ifPresent(value -> offer(queue, value));
                    }
                } catch (ConcurrentModificationException | UnsupportedOperationException e) {
                    // A collection changing under the walk: what it held a moment ago is walked already.
                }
            } else {
                for (Class<?> k = type; k != null && !isJdk(k); k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                            continue;
                        }
                        try {
                            field.setAccessible(true);
                            offer(queue, field.get(object));
                        } catch (RuntimeException | IllegalAccessException e) {
                            found.add("unreadable field " + k.getName() + "." + field.getName());
                        }
                    }
                }
            }
        }
        return new Walk(found, seen.size());
    }

    private static void offer(ArrayDeque<Object> queue, Object object) {
        if (object != null) {
            queue.add(object);
        }
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
}
