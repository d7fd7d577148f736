package org.learnpath.portal.service.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.model.TeamMember;
import org.learnpath.portal.model.TeamWrite;
import org.learnpath.portal.service.author.Parsed;

class TeamFormsTest {

    @Test
    void membersWithAndWithoutNamesAndManagersAreRead() {
        Parsed<TeamWrite> parsed = TeamForms.parse(new TeamForm(" hr-1 ", " Crew ",
                "a-1 | Ann Example\r\n\nb-2\nc-3 |  \n", "m-1\n m-2 ", ""));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualTo(new TeamWrite("hr-1", "Crew", List.of(new TeamMember("a-1", "Ann Example"),
                new TeamMember("b-2", null), new TeamMember("c-3", null)), List.of("m-1", "m-2")));
    }

    @Test
    void anEmptyKeyIsNoKeyAndEmptyListsAreAllowed() {
        Parsed<TeamWrite> parsed = TeamForms.parse(new TeamForm("", "Crew", "", "", ""));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value().key()).isNull();
        assertThat(parsed.value().members()).isEmpty();
        assertThat(parsed.value().managers()).isEmpty();
    }

    @Test
    void eachFieldsFirstFaultIsNamedWithItsLine() {
        Parsed<TeamWrite> parsed = TeamForms.parse(new TeamForm("no spaces please", "x".repeat(201),
                "a\n | nameless\nb", "m\n" + "y".repeat(256), ""));

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.errors().of("key")).startsWith("Use at most 100 letters");
        assertThat(parsed.errors().of("name")).isEqualTo("At most 200 characters (now 201).");
        assertThat(parsed.errors().of("members")).isEqualTo("Line 2: the user id is missing.");
        assertThat(parsed.errors().of("managers")).isEqualTo("Line 2: a user id has at most 255 characters.");
    }

    @Test
    void aTeamIsShownInTheFormAsItWouldBeTypedAgain() {
        TeamDetails team = new TeamDetails(null, null, "Crew", List.of(new TeamMember("a-1", "Ann"),
                new TeamMember("b-2", null)), List.of("m-1", "m-2"), 4, null, null);

        TeamForm form = TeamForms.toForm(team, "\"4\"");

        assertThat(form).isEqualTo(new TeamForm("", "Crew", "a-1 | Ann\nb-2", "m-1\nm-2", "\"4\""));
        assertThat(TeamForms.parse(form).value().members()).isEqualTo(team.members());
    }
}
