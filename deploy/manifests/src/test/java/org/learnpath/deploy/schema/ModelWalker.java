package org.learnpath.deploy.schema;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Walks a typed model (fabric8, Strimzi, or the Keycloak CRD model of this package) together with the JSON it was
 * read from. Both model families keep what they cannot map in {@code getAdditionalProperties()} instead of
 * failing, so an unknown field is found only by looking at every object of the graph.
 */
final class ModelWalker {

    /** One model object, the JSON it was read from and where it sits in the document. */
    record Visit(Object bean, JsonNode json, String path) {
    }

    /** A property of a model class: its JSON name and how to read it. */
    record Property(String jsonName, Method getter, Field field) {
        Object read(Object bean) {
            try {
                return getter != null ? getter.invoke(bean) : field.get(bean);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + jsonName + " of " + bean.getClass(), e);
            }
        }
    }

    private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new java.util.concurrent.ConcurrentHashMap<>();

    private ModelWalker() {
    }

    static void walk(Object root, JsonNode json, Consumer<Visit> visitor) {
        walk(root, json, "", visitor, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object value, JsonNode json, String path, Consumer<Visit> visitor, Set<Object> seen) {
        if (value == null || isLeaf(value.getClass()) || !seen.add(value)) {
            return;
        }
        JsonNode node = json == null ? MissingNode.getInstance() : json;
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, node.path(i), path + "/" + i, visitor, seen);
                i++;
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, node.path(String.valueOf(k)), path + "/" + k, visitor, seen));
            return;
        }
        visitor.accept(new Visit(value, node, path));
        for (Property property : properties(value.getClass()).values()) {
            Object child;
            try {
                child = property.read(value);
            } catch (IllegalStateException e) {
                continue; // a computed getter that needs state a manifest does not give; nothing was read into it
            }
            walk(child, node.path(property.jsonName()), path + "/" + property.jsonName(), visitor, seen);
        }
    }

    /** What the object could not map: the fields its JSON had that its class has no property for. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> additionalProperties(Object bean) {
        try {
            Method getter = bean.getClass().getMethod("getAdditionalProperties");
            Object result = getter.invoke(bean);
            return result == null ? Map.of() : (Map<String, Object>) result;
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON properties of a model class: public getters and public fields, by JSON name. */
    static Map<String, Property> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, ModelWalker::introspect);
    }

    private static Map<String, Property> introspect(Class<?> type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonIgnore.class)) {
                properties.put(jsonName(field.getAnnotation(JsonProperty.class), field.getName()),
                        new Property(jsonName(field.getAnnotation(JsonProperty.class), field.getName()), null, field));
            }
        }
        for (Method method : type.getMethods()) {
            String bean = beanName(method);
            if (bean == null || method.isAnnotationPresent(JsonIgnore.class) || bean.equals("additionalProperties")) {
                continue;
            }
            JsonProperty annotation = method.getAnnotation(JsonProperty.class);
            if (annotation == null) {
                annotation = declaredField(type, bean).map(f -> f.getAnnotation(JsonProperty.class)).orElse(null);
            }
            if (declaredField(type, bean).map(f -> f.isAnnotationPresent(JsonIgnore.class)).orElse(false)) {
                continue;
            }
            String name = jsonName(annotation, bean);
            properties.putIfAbsent(name, new Property(name, method, null));
        }
        return properties;
    }

    private static java.util.Optional<Field> declaredField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return java.util.Optional.of(c.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return java.util.Optional.empty();
    }

    private static String jsonName(JsonProperty annotation, String fallback) {
        return annotation != null && !annotation.value().isEmpty() ? annotation.value() : fallback;
    }

    /** The bean property of a public no-argument getter, or null. */
    static String beanName(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                || method.getDeclaringClass() == Object.class || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            rest = name.substring(2);
        } else {
            return null;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static boolean isLeaf(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type.isArray() || type.getName().startsWith("java.lang.")
                || Number.class.isAssignableFrom(type) || CharSequence.class.isAssignableFrom(type)
                || type.getName().startsWith("java.time.") || type.getName().startsWith("tools.jackson.")
                || type.getName().startsWith("com.fasterxml.") || isQuantityLike(type);
    }

    /** fabric8's scalar wrappers (Quantity, IntOrString, MicroTime) are values, not objects with fields. */
    private static boolean isQuantityLike(Class<?> type) {
        return List.of("Quantity", "IntOrString", "MicroTime", "Duration").contains(type.getSimpleName())
                && type.getName().startsWith("io.fabric8.");
    }
}
