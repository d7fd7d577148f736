package org.learnpath.catalog.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.rest.Problem;

/** Resolves the skill codes and module slugs a request refers to, one query each, naming every unknown one. */
final class References {

    private References() {
    }

    static Set<Skill> skills(List<String> codes, String field, List<Problem.FieldError> errors) {
        return resolve(codes, field, "skill",
                keys -> Skill.<Skill>list("code in ?1", keys).stream().collect(Collectors.toMap(s -> s.code, s -> s)), errors);
    }

    static Set<Module> modules(List<String> slugs, String field, List<Problem.FieldError> errors) {
        return resolve(slugs, field, "module",
                keys -> Module.<Module>list("slug in ?1", keys).stream().collect(Collectors.toMap(m -> m.slug, m -> m)), errors);
    }

    private static <E> Set<E> resolve(List<String> keys, String field, String kind,
            Function<Collection<String>, Map<String, E>> load, List<Problem.FieldError> errors) {
        Set<E> result = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            return result;
        }
        Map<String, E> found = load.apply(new LinkedHashSet<>(keys));
        for (int i = 0; i < keys.size(); i++) {
            E entity = found.get(keys.get(i));
            if (entity == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "unknown " + kind + " '" + keys.get(i) + "'"));
            } else {
                result.add(entity);
            }
        }
        return result;
    }
}
