package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.GoalWrite;

class GoalFormsTest {

    @Test
    void oneModulePerLineAndCommasAreForgiven() {
        Parsed<GoalWrite> parsed = GoalForms.parse(new GoalForm("data-analyst", " Data analyst ", "Analyse data.",
                "sql-basics\r\n\r\nsql-joins, pandas-intro\nsql-basics\n", "\"2\""), true);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualTo(new GoalWrite("data-analyst", "Data analyst", "Analyse data.",
                List.of("sql-basics", "sql-joins", "pandas-intro")));
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        Parsed<GoalWrite> parsed = GoalForms.parse(new GoalForm("", "", "", "Not A Slug", ""), true);

        assertThat(parsed.errors().asMap()).containsOnlyKeys("slug", "name", "description", "modules");
        assertThat(parsed.errors().of("modules")).contains("'Not'");
    }

    @Test
    void anEditNeedsNoSlugAndSendsNone() {
        Parsed<GoalWrite> parsed = GoalForms.parse(new GoalForm("", "N", "D", "m", "\"1\""), false);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value().slug()).isNull();
    }

    @Test
    void aGoalFillsTheFormOneModulePerLine() {
        GoalForm form = GoalForms.toForm(new GoalDetails("g", "Goal", "Desc", List.of("a", "b"), 4), "\"4\"");

        assertThat(form.modules()).isEqualTo("a\nb");
        assertThat(form.etag()).isEqualTo("\"4\"");
    }
}
