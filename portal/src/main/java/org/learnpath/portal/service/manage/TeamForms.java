package org.learnpath.portal.service.manage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.model.TeamMember;
import org.learnpath.portal.model.TeamWrite;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.FormText;
import org.learnpath.portal.service.author.Parsed;

/**
 * The team form read into the recommender's request, with the complaints it would make written for the admin: the
 * recommender names a faulty member by its index ({@code members[3].learnerId}), which the form cannot point at, so
 * the same rules are checked here first and the line is named.
 */
public final class TeamForms {

    /** The recommender's rule for a team's key (the HR system's id). */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** A Keycloak subject as the recommender takes it: no control characters but tab. */
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]");
    static final int MAX_NAME = 200;
    static final int MAX_ID = 255;
    static final int MAX_MEMBER_NAME = 200;

    private TeamForms() {
    }

    public static Parsed<TeamWrite> parse(TeamForm form) {
        FieldErrors errors = FieldErrors.none();
        String key = form.key().strip();
        if (!key.isEmpty() && !KEY.matcher(key).matches()) {
            errors.add("key", "Use at most 100 letters, digits and the characters . _ : - (no spaces).");
        }
        String name = form.name().strip();
        if (name.isEmpty()) {
            errors.add("name", "Required.");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "At most " + MAX_NAME + " characters (now " + name.length() + ").");
        }
        List<TeamMember> members = members(form.members(), errors);
        List<String> managers = managers(form.managers(), errors);
        TeamWrite write = new TeamWrite(key.isEmpty() ? null : key, name, members, managers);
        return errors.isEmpty() ? new Parsed<>(write, errors) : new Parsed<>(null, errors);
    }

    /** The team as its form shows it, with the version it edits. */
    public static TeamForm toForm(TeamDetails team, String etag) {
        String members = team.members().stream().map(TeamForms::memberLine).collect(Collectors.joining("\n"));
        return new TeamForm(team.key() == null ? "" : team.key(), team.name(), members,
                String.join("\n", team.managers()), etag);
    }

    static String memberLine(TeamMember member) {
        return member.name() == null || member.name().isBlank() ? member.learnerId()
                : member.learnerId() + " | " + member.name();
    }

    /** One member per line: the learner id, then optionally " | " and their name. The first complaint is kept. */
    static List<TeamMember> members(String text, FieldErrors errors) {
        List<TeamMember> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int line = 0;
        for (String entry : FormText.lines(text)) {
            line++;
            int bar = entry.indexOf('|');
            String id = (bar < 0 ? entry : entry.substring(0, bar)).strip();
            String name = bar < 0 ? null : entry.substring(bar + 1).strip();
            String problem = idProblem(id);
            if (problem == null && name != null && name.length() > MAX_MEMBER_NAME) {
                problem = "the name has more than " + MAX_MEMBER_NAME + " characters";
            }
            if (problem == null && !seen.add(id)) {
                problem = "this learner is named on an earlier line already";
            }
            if (problem != null) {
                if (!errors.has("members")) {
                    errors.add("members", "Line " + line + ": " + problem + ".");
                }
            } else {
                members.add(new TeamMember(id, name == null || name.isEmpty() ? null : name));
            }
        }
        return members;
    }

    /** One manager's user id per line. */
    static List<String> managers(String text, FieldErrors errors) {
        List<String> managers = new ArrayList<>();
        int line = 0;
        for (String id : FormText.lines(text)) {
            line++;
            String problem = idProblem(id);
            if (problem == null && managers.contains(id)) {
                problem = "this manager is named on an earlier line already";
            }
            if (problem != null) {
                if (!errors.has("managers")) {
                    errors.add("managers", "Line " + line + ": " + problem + ".");
                }
            } else {
                managers.add(id);
            }
        }
        return managers;
    }

    private static String idProblem(String id) {
        if (id.isEmpty()) {
            return "the user id is missing";
        }
        if (id.length() > MAX_ID) {
            return "a user id has at most " + MAX_ID + " characters";
        }
        if (CONTROL.matcher(id).find()) {
            return "the user id contains a control character";
        }
        return null;
    }
}
