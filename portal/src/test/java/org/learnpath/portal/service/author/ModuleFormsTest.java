package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ModuleDetails;
import org.learnpath.portal.model.ModuleResourceLink;
import org.learnpath.portal.model.ModuleWrite;

class ModuleFormsTest {

    private static ModuleForm form(String slug, String resources, String skills, String prerequisites) {
        return new ModuleForm(slug, " SQL joins ", "Combine tables.", "data_analysis", "BEGINNER", "45",
                "Write an inner join\n\n  Explain a left join  \n", resources, skills, prerequisites, "\"3\"");
    }

    @Test
    void aCompleteFormBecomesTheCatalogsBody() {
        Parsed<ModuleWrite> parsed = ModuleForms.parse(form("sql-joins",
                "Joins explained | https://example.org/joins | article\nThe SQL book | chapter 3 | https://example.org/book | BOOK",
                "sql-joins, sql-basics\nsql-joins", "sql-basics , data-types"), true);

        assertThat(parsed.errors().asMap()).isEmpty();
        ModuleWrite body = parsed.value();
        assertThat(body.slug()).isEqualTo("sql-joins");
        assertThat(body.title()).isEqualTo("SQL joins");
        assertThat(body.area()).isEqualTo("DATA_ANALYSIS");
        assertThat(body.level()).isEqualTo("BEGINNER");
        assertThat(body.estimatedMinutes()).isEqualTo(45);
        assertThat(body.outcomes()).containsExactly("Write an inner join", "Explain a left join");
        assertThat(body.resources()).containsExactly(
                new ModuleResourceLink("Joins explained", "https://example.org/joins", "ARTICLE"),
                new ModuleResourceLink("The SQL book | chapter 3", "https://example.org/book", "BOOK"));
        assertThat(body.skills()).containsExactly("sql-joins", "sql-basics");
        assertThat(body.prerequisites()).containsExactly("sql-basics", "data-types");
    }

    @Test
    void anEditSendsNoSlug() {
        Parsed<ModuleWrite> parsed = ModuleForms.parse(form("ignored", "", "sql-joins", ""), false);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value().slug()).isNull();
        assertThat(parsed.value().prerequisites()).isEmpty();
        assertThat(parsed.value().resources()).isEmpty();
    }

    @Test
    void everyMistakeIsNamedAtItsField() {
        ModuleForm bad = new ModuleForm("SQL Joins", "", " ", "SPACE", "", "4", "", 
                "no bars here\nTitle | ftp://example.org | ARTICLE\n | https://example.org | PODCAST", "",
                "a, B_c", "");

        Parsed<ModuleWrite> parsed = ModuleForms.parse(bad, true);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.errors().asMap()).containsOnlyKeys("slug", "title", "summary", "area", "level",
                "estimatedMinutes", "resources", "skills", "prerequisites");
        assertThat(parsed.errors().of("slug")).contains("'SQL Joins'");
        assertThat(parsed.errors().of("estimatedMinutes")).contains("5 to 6000");
        assertThat(parsed.errors().of("resources")).contains("Line 1: write title | url | kind")
                .contains("Line 2: the URL must start with http:// or https://")
                .contains("Line 3: the title is missing").contains("Line 3: the kind must be one of");
        assertThat(parsed.errors().of("skills")).isEqualTo("Name at least one skill code.");
        assertThat(parsed.errors().of("prerequisites")).contains("'B_c'");
    }

    @Test
    void minutesMustBeAWholeNumberInRange() {
        for (String minutes : List.of("abc", "4", "6001", "12.5", "")) {
            ModuleForm f = new ModuleForm("m", "T", "S", "MACHINE_LEARNING", "ADVANCED", minutes, "", "", "s", "", "");
            assertThat(ModuleForms.parse(f, true).errors().has("estimatedMinutes")).as(minutes).isTrue();
        }
        ModuleForm ok = new ModuleForm("m", "T", "S", "MACHINE_LEARNING", "ADVANCED", "6000", "", "", "s", "", "");
        assertThat(ModuleForms.parse(ok, true).ok()).isTrue();
    }

    @Test
    void aNewModuleCannotRequireItself() {
        Parsed<ModuleWrite> parsed = ModuleForms.parse(form("sql-joins", "", "s", "sql-joins"), true);

        assertThat(parsed.errors().of("prerequisites")).isEqualTo("A module cannot require itself.");
    }

    @Test
    void tooManyLinesAreRefused() {
        String outcomes = "x\n".repeat(21);
        ModuleForm f = new ModuleForm("m", "T", "S", "DATA_ANALYSIS", "BEGINNER", "10", outcomes,
                "t | https://e.org | VIDEO\n".repeat(21), "s", "", "");

        Parsed<ModuleWrite> parsed = ModuleForms.parse(f, true);

        assertThat(parsed.errors().of("outcomes")).contains("At most 20 outcomes (now 21)");
        assertThat(parsed.errors().of("resources")).contains("At most 20 resources (now 21)");
    }

    @Test
    void aModuleFillsTheEditFormAndReadsBackUnchanged() {
        ModuleDetails module = new ModuleDetails("sql-joins", "SQL joins", "Combine tables.", "DATA_ANALYSIS",
                "INTERMEDIATE", 45, List.of("One", "Two"),
                List.of(new ModuleResourceLink("Docs", "https://example.org/d", "DOCUMENTATION")),
                List.of("sql-joins", "sql-basics"), List.of("sql-basics"), 7);

        ModuleForm form = ModuleForms.toForm(module, "\"7\"");

        assertThat(form.outcomes()).isEqualTo("One\nTwo");
        assertThat(form.resources()).isEqualTo("Docs | https://example.org/d | DOCUMENTATION");
        assertThat(form.skills()).isEqualTo("sql-joins, sql-basics");
        assertThat(form.prerequisites()).isEqualTo("sql-basics");
        assertThat(form.etag()).isEqualTo("\"7\"");
        ModuleWrite again = ModuleForms.parse(form, false).value();
        assertThat(again).isEqualTo(new ModuleWrite(null, "SQL joins", "Combine tables.", "DATA_ANALYSIS",
                "INTERMEDIATE", 45, module.outcomes(), module.resources(), module.skills(), module.prerequisites()));
    }

    @Test
    void aCycleIsShownClosedWithArrows() {
        assertThat(ModuleForms.cycleMessage(List.of("a", "b", "c", "a")))
                .isEqualTo("These prerequisites would make a cycle: a → b → c → a");
        assertThat(ModuleForms.cycleMessage(List.of("a", "b")))
                .isEqualTo("These prerequisites would make a cycle: a → b → a");
    }

    @Test
    void theSelectsMarkTheChosenValue() {
        assertThat(ModuleForms.areaOptions("machine_learning")).extracting(Option::selected).containsExactly(false,
                true);
        assertThat(ModuleForms.levelOptions("")).noneMatch(Option::selected);
    }
}
