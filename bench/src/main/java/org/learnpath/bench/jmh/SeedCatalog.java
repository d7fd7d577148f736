package org.learnpath.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnpath.learner.CatalogGraph;

/**
 * The seeded curriculum as a learner-model graph, read from catalog-service's own seed migrations (V2 and the
 * foundations V4 adds and removes; copied into this jar at build time), so the benchmarks plan over exactly the catalog
 * that ships.
 */
public final class SeedCatalog {

    private static final Pattern PAIR = Pattern.compile("\\('([a-z0-9-]+)',\\s*'([a-z0-9-]+)'\\)");
    private static final Pattern LEADING_KEY_AND_TEXT = Pattern.compile("^\\s*\\('([a-z0-9-]+)',\\s*'((?:[^']|'')*)'", Pattern.MULTILINE);

    private SeedCatalog() {
    }

    public static CatalogGraph load() {
        String sql = read("/seed/V2__seed_curriculum.sql") + ";" + read("/seed/V4__curriculum_foundations.sql");
        Map<String, String> skills = new LinkedHashMap<>();
        Map<String, String> modules = new LinkedHashMap<>();
        Map<String, List<String>> moduleSkills = new LinkedHashMap<>();
        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        Map<String, String> goals = new LinkedHashMap<>();
        Map<String, List<String>> goalModules = new LinkedHashMap<>();
        // Comment lines first: some hold a ';' and would split a statement.
        for (String statement : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
            String s = statement.trim();
            if (s.startsWith("insert into skill ")) {
                names(s, skills);
            } else if (s.startsWith("insert into module ")) {
                names(s, modules);
            } else if (s.startsWith("insert into module_skill ")) {
                pairs(s, moduleSkills);
            } else if (s.startsWith("insert into module_prerequisite ")) {
                pairs(s, prerequisites);
            } else if (s.startsWith("insert into goal ")) {
                names(s, goals);
            } else if (s.startsWith("insert into goal_module ")) {
                pairs(s, goalModules);
            } else if (s.startsWith("delete from module_prerequisite")) {
                Matcher m = PAIR.matcher(s);
                while (m.find()) {
                    List<String> required = prerequisites.get(m.group(1));
                    if (required != null) {
                        required.remove(m.group(2));
                    }
                }
            }
        }
        CatalogGraph.Builder builder = CatalogGraph.builder();
        skills.forEach(builder::skill);
        modules.forEach((slug, title) -> builder.module(slug, title, moduleSkills.getOrDefault(slug, List.of()),
                prerequisites.getOrDefault(slug, List.of())));
        goals.forEach((slug, name) -> builder.goal(slug, name, goalModules.getOrDefault(slug, List.of())));
        return builder.build();
    }

    private static void names(String statement, Map<String, String> into) {
        Matcher m = LEADING_KEY_AND_TEXT.matcher(statement.substring(statement.indexOf("values") + 6));
        while (m.find()) {
            into.put(m.group(1), m.group(2).replace("''", "'"));
        }
    }

    private static void pairs(String statement, Map<String, List<String>> into) {
        Matcher m = PAIR.matcher(statement);
        while (m.find()) {
            into.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
    }

    private static String read(String resource) {
        try (InputStream in = SeedCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
