package org.learnpath.deploy.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API-version annotations of Strimzi's model, read from its sources jar (io.strimzi:api, classifier sources, on
 * the test classpath). Strimzi writes in annotations which properties each version of its API has
 * ({@code @PresentInVersions("v1beta2")}: gone from v1), which it deprecates ({@code @DeprecatedProperty},
 * {@code @DeprecatedType}) and which a version requires ({@code @RequiredInVersions("v1+")}); its CRDs are generated
 * from them. The annotation classes are not in the binary jar, so reflection cannot see them: this reads them from
 * the source of each model class instead.
 */
final class StrimziSources {

    /** One annotation as written: its simple name and the first string literal of its arguments, if any. */
    record Annotation(String name, String firstString, String arguments) {
    }

    /** The annotations of one source file: on its type, and on each getter method by name. */
    record Annotated(List<Annotation> type, Map<String, List<Annotation>> getters) {
    }

    private static final Map<String, Annotated> CACHE = new ConcurrentHashMap<>();

    private StrimziSources() {
    }

    static Annotated of(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String resource = top.getName().replace('.', '/') + ".java";
        return CACHE.computeIfAbsent(resource, StrimziSources::load);
    }

    static Optional<Annotation> getterAnnotation(Class<?> declaring, String getter, String annotation) {
        return of(declaring).getters().getOrDefault(getter, List.of()).stream()
                .filter(a -> a.name().equals(annotation)).findFirst();
    }

    static Optional<Annotation> typeAnnotation(Class<?> type, String annotation) {
        return of(type).type().stream().filter(a -> a.name().equals(annotation)).findFirst();
    }

    private static Annotated load(String resource) {
        try (InputStream in = StrimziSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("the Strimzi model source " + resource + " is not on the test classpath"
                        + " (io.strimzi:api with classifier sources, same version as io.strimzi:api)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Collects annotations until the declaration they belong to: a type (class, interface, enum) or a method whose
     * name starts with get or is. Comments and string literals are skipped so that text inside them is not read
     * as code.
     */
    static Annotated parse(String source) {
        List<Annotation> typeAnnotations = new ArrayList<>();
        Map<String, List<Annotation>> getters = new LinkedHashMap<>();
        List<Annotation> pending = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = source.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(source, i);
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                int start = i + 1;
                int end = start;
                while (end < n && (Character.isJavaIdentifierPart(source.charAt(end)) || source.charAt(end) == '.')) {
                    end++;
                }
                String name = source.substring(start, end);
                name = name.substring(name.lastIndexOf('.') + 1);
                int j = end;
                while (j < n && Character.isWhitespace(source.charAt(j))) {
                    j++;
                }
                String arguments = "";
                if (j < n && source.charAt(j) == '(') {
                    int close = matchParen(source, j);
                    arguments = source.substring(j + 1, close);
                    end = close + 1;
                }
                if (!name.equals("interface")) {
                    pending.add(new Annotation(name, firstString(arguments), arguments));
                }
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                String word = source.substring(i, end);
                int j = end;
                while (j < n && Character.isWhitespace(source.charAt(j))) {
                    j++;
                }
                if (!pending.isEmpty() && (word.equals("class") || word.equals("interface") || word.equals("enum"))) {
                    if (typeAnnotations.isEmpty()) {
                        typeAnnotations.addAll(pending);
                    }
                    pending.clear();
                } else if (!pending.isEmpty() && j < n && source.charAt(j) == '('
                        && (word.startsWith("get") || word.startsWith("is"))) {
                    getters.put(word, List.copyOf(pending));
                    pending.clear();
                }
                i = end;
            } else {
                if (c == ';' || c == '{' || c == '}' || c == '=') {
                    pending.clear();
                }
                i++;
            }
        }
        return new Annotated(List.copyOf(typeAnnotations), getters);
    }

    private static int skipLiteral(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            int end = source.indexOf("\"\"\"", start + 3);
            return end < 0 ? source.length() : end + 3;
        }
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int matchParen(String source, int open) {
        int depth = 0;
        int i = open;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(source, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalStateException("unbalanced parentheses in annotation");
    }

    private static String firstString(String arguments) {
        int start = arguments.indexOf('"');
        if (start < 0) {
            return null;
        }
        int end = skipLiteral(arguments, start);
        return arguments.substring(start + 1, end - 1);
    }
}
