package org.learnpath.portal.service.author;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learnpath.portal.model.ModuleArea;
import org.learnpath.portal.model.ModuleDetails;
import org.learnpath.portal.model.ModuleLevel;
import org.learnpath.portal.model.ModuleResourceKind;
import org.learnpath.portal.model.ModuleResourceLink;
import org.learnpath.portal.model.ModuleWrite;

/**
 * The module form and the catalog's module body, both ways. The checks mirror the catalog's own (ModuleRequest),
 * so that an author sees every mistake next to its field at once; whether skills and prerequisites exist, and
 * whether they make a cycle, only the catalog can tell.
 */
public final class ModuleForms {

    static final int MAX_OUTCOMES = 20;
    static final int MAX_RESOURCES = 20;
    static final int MAX_SKILLS = 20;
    static final int MAX_PREREQUISITES = 50;

    private ModuleForms() {
    }

    /** The form read into the catalog's request body; {@code creating} requires (and sends) the slug. */
    public static Parsed<ModuleWrite> parse(ModuleForm form, boolean creating) {
        FieldErrors errors = FieldErrors.none();
        String slug = creating ? FormText.slug(form.slug(), errors) : null;
        String title = FormText.required("title", form.title(), 1, 200, errors);
        String summary = FormText.required("summary", form.summary(), 1, 4000, errors);
        Optional<ModuleArea> area = FormText.choice(form.area(), ModuleArea.class);
        if (area.isEmpty()) {
            errors.add("area", "Choose an area.");
        }
        Optional<ModuleLevel> level = FormText.choice(form.level(), ModuleLevel.class);
        if (level.isEmpty()) {
            errors.add("level", "Choose a level.");
        }
        Optional<Integer> minutes = FormText.wholeNumber(form.estimatedMinutes());
        if (form.estimatedMinutes().isBlank()) {
            errors.add("estimatedMinutes", "Required.");
        } else if (minutes.isEmpty() || minutes.get() < 5 || minutes.get() > 6000) {
            errors.add("estimatedMinutes", "A whole number of minutes from 5 to 6000.");
        }
        List<String> outcomes = FormText.lines(form.outcomes());
        if (outcomes.size() > MAX_OUTCOMES) {
            errors.add("outcomes", "At most " + MAX_OUTCOMES + " outcomes (now " + outcomes.size() + ").");
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).length() > 500) {
                errors.add("outcomes", "Line " + (i + 1) + ": at most 500 characters.");
            }
        }
        List<ModuleResourceLink> resources = resources(form.resources(), errors);
        List<String> skills = FormText.keys("skills", form.skills(), FormText.SKILL_CODE, true, MAX_SKILLS, errors);
        List<String> prerequisites = FormText.keys("prerequisites", form.prerequisites(), FormText.MODULE_SLUG, false,
                MAX_PREREQUISITES, errors);
        String self = creating ? slug : null;
        if (self != null && prerequisites.contains(self)) {
            errors.add("prerequisites", "A module cannot require itself.");
        }
        return Parsed.of(new ModuleWrite(slug, title, summary, area.map(Enum::name).orElse(null),
                level.map(Enum::name).orElse(null), minutes.orElse(null), outcomes, resources, skills,
                prerequisites), errors);
    }

    /**
     * Resource lines {@code title | url | kind}. The title may itself contain a bar: the last two parts are the
     * URL and the kind.
     */
    static List<ModuleResourceLink> resources(String text, FieldErrors errors) {
        List<String> lines = FormText.lines(text);
        List<ModuleResourceLink> resources = new ArrayList<>();
        if (lines.size() > MAX_RESOURCES) {
            errors.add("resources", "At most " + MAX_RESOURCES + " resources (now " + lines.size() + ").");
            return resources;
        }
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "Line " + (i + 1) + ": ";
            String[] parts = lines.get(i).split("\\|", -1);
            if (parts.length < 3) {
                errors.add("resources", prefix + "write title | url | kind.");
                continue;
            }
            String kindText = parts[parts.length - 1].strip();
            String url = parts[parts.length - 2].strip();
            String title = String.join("|", Arrays.copyOfRange(parts, 0, parts.length - 2)).strip();
            Optional<ModuleResourceKind> kind = FormText.choice(kindText, ModuleResourceKind.class);
            if (title.isEmpty()) {
                errors.add("resources", prefix + "the title is missing.");
            } else if (title.length() > 200) {
                errors.add("resources", prefix + "the title has at most 200 characters.");
            }
            if (!url.matches("^https?://\\S+$")) {
                errors.add("resources", prefix + "the URL must start with http:// or https:// and have no spaces.");
            } else if (url.length() > 1000) {
                errors.add("resources", prefix + "the URL has at most 1000 characters.");
            }
            if (kind.isEmpty()) {
                errors.add("resources", prefix + "the kind must be one of " + kinds() + ".");
            }
            resources.add(new ModuleResourceLink(title, url, kind.map(Enum::name).orElse(null)));
        }
        return resources;
    }

    /** A module as the edit form shows it. */
    public static ModuleForm toForm(ModuleDetails module, String etag) {
        return new ModuleForm(module.slug(), module.title(), module.summary(), nullToEmpty(module.area()),
                nullToEmpty(module.level()), Integer.toString(module.estimatedMinutes()),
                String.join("\n", module.outcomes()),
                module.resources().stream().map(r -> r.title() + " | " + r.url() + " | " + r.kind())
                        .collect(Collectors.joining("\n")),
                String.join(", ", module.skills()), String.join(", ", module.prerequisites()),
                etag == null ? "" : etag);
    }

    /** The sentence for a refused prerequisite cycle, closed back to where it started: a → b → c → a. */
    public static String cycleMessage(List<String> cycle) {
        List<String> path = new ArrayList<>(cycle);
        if (!path.isEmpty() && !path.get(0).equals(path.get(path.size() - 1))) {
            path.add(path.get(0));
        }
        return "These prerequisites would make a cycle: " + String.join(" → ", path);
    }

    public static List<Option> areaOptions(String selected) {
        return Arrays.stream(ModuleArea.values())
                .map(a -> new Option(a.name(), a.label(), a.name().equalsIgnoreCase(selected))).toList();
    }

    public static List<Option> levelOptions(String selected) {
        return Arrays.stream(ModuleLevel.values())
                .map(l -> new Option(l.name(), l.label(), l.name().equalsIgnoreCase(selected))).toList();
    }

    /** The resource kinds as the form's hint names them. */
    public static String kinds() {
        return Arrays.stream(ModuleResourceKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
