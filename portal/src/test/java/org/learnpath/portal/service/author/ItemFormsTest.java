package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ItemAnswerKey;
import org.learnpath.portal.model.ItemChoice;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemStatus;
import org.learnpath.portal.model.ItemType;
import org.learnpath.portal.model.ItemWrite;

class ItemFormsTest {

    private static final String STEM = "Which join keeps every row of the left table?";
    private static final String EXPLANATION = "A left join keeps all rows of the left table.";

    private static ItemForm form(String type, String choices, String choice, String keys, String value,
            String tolerance, String accepted) {
        return new ItemForm(type, STEM, choices, choice, keys, value, tolerance, accepted, EXPLANATION, "0.5",
                "sql-joins", "");
    }

    @Test
    void aSingleChoiceItem() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("SINGLE_CHOICE", "a | Inner join\nB|  Left join \n",
                " B ", "", "", "", ""));

        assertThat(parsed.errors().asMap()).isEmpty();
        ItemWrite body = parsed.value();
        assertThat(body.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        assertThat(body.choices()).containsExactly(new ItemChoice("a", "Inner join"), new ItemChoice("b", "Left join"));
        assertThat(body.answer()).isEqualTo(new ItemAnswerKey("b", null, null, null, null));
        assertThat(body.difficulty()).isEqualTo(0.5);
        assertThat(body.skills()).containsExactly("sql-joins");
    }

    @Test
    void aMultipleChoiceItemNeedsKeysOfItsChoices() {
        String choices = "a | One\nb | Two\nc | Three";
        Parsed<ItemWrite> ok = ItemForms.parse(form("MULTIPLE_CHOICE", choices, "", "a, c", "", "", ""));
        assertThat(ok.value().answer().choices()).containsExactly("a", "c");

        Parsed<ItemWrite> bad = ItemForms.parse(form("MULTIPLE_CHOICE", choices, "", "a, d", "", "", ""));
        assertThat(bad.errors().of("correctChoices")).contains("a, b, c");
        Parsed<ItemWrite> none = ItemForms.parse(form("MULTIPLE_CHOICE", choices, "", " ", "", "", ""));
        assertThat(none.errors().has("correctChoices")).isTrue();
    }

    @Test
    void choiceKeysGoInOrderAndNeedText() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("SINGLE_CHOICE", "a | One\nc | Two\nno bar\nd |",
                "a", "", "", "", ""));

        assertThat(parsed.errors().of("choices")).contains("Line 2: the key must be 'b'")
                .contains("Line 3: write c | the choice's text").contains("Line 4: the text is missing");
        assertThat(ItemForms.parse(form("SINGLE_CHOICE", "a | Only one", "a", "", "", "", "")).errors()
                .of("choices")).contains("two to eight");
    }

    @Test
    void theSingleAnswerMustBeOneOfTheChoices() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("SINGLE_CHOICE", "a | One\nb | Two", "c", "", "", "", ""));

        assertThat(parsed.errors().asMap()).containsOnlyKeys("correctChoice");
    }

    @Test
    void aNumericItemSendsNoChoicesEvenIfSomeWereTyped() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("NUMERIC", "a | left over", "", "", "0,25", "0.01", ""));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value().choices()).isNull();
        assertThat(parsed.value().answer()).isEqualTo(new ItemAnswerKey(null, null, 0.25, 0.01, null));
    }

    @Test
    void aNumericItemNeedsANumberAndANonNegativeTolerance() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("NUMERIC", "", "", "", "NaN", "-1", ""));

        assertThat(parsed.errors().asMap()).containsOnlyKeys("value", "tolerance");
        Parsed<ItemWrite> noTolerance = ItemForms.parse(form("NUMERIC", "", "", "", "1e3", " ", ""));
        assertThat(noTolerance.value().answer()).isEqualTo(new ItemAnswerKey(null, null, 1000.0, null, null));
    }

    @Test
    void aShortTextItemListsItsAcceptedAnswers() {
        Parsed<ItemWrite> parsed = ItemForms.parse(form("SHORT_TEXT", "", "", "", "", "", "left join\n\n LEFT OUTER JOIN "));

        assertThat(parsed.value().answer().accepted()).containsExactly("left join", "LEFT OUTER JOIN");
        assertThat(ItemForms.parse(form("SHORT_TEXT", "", "", "", "", "", "")).errors().has("accepted")).isTrue();
    }

    @Test
    void commonFieldsAreChecked() {
        ItemForm bad = new ItemForm("ESSAY", "Too short", "", "", "", "", "", "", "Short", "5", "", "");

        Parsed<ItemWrite> parsed = ItemForms.parse(bad);

        assertThat(parsed.errors().asMap()).containsOnlyKeys("type", "stem", "explanation", "difficulty", "skills");
        assertThat(parsed.errors().of("stem")).contains("at least 10");
        ItemForm tooManySkills = new ItemForm("SHORT_TEXT", STEM, "", "", "", "", "", "x", EXPLANATION, "-4",
                "a, b, c, d, e, f", "");
        assertThat(ItemForms.parse(tooManySkills).errors().asMap()).containsOnlyKeys("skills");
    }

    @Test
    void anItemFillsTheEditFormAndReadsBackUnchanged() {
        ItemDetails item = new ItemDetails(UUID.randomUUID(), STEM, ItemType.MULTIPLE_CHOICE,
                List.of(new ItemChoice("a", "One"), new ItemChoice("b", "Two"), new ItemChoice("c", "Three")),
                new ItemAnswerKey(null, List.of("a", "c"), null, null, null), EXPLANATION, 1.0, ItemStatus.DRAFT,
                List.of("sql-joins"), 3, List.of());

        ItemForm form = ItemForms.toForm(item, "\"3\"");

        assertThat(form.choices()).isEqualTo("a | One\nb | Two\nc | Three");
        assertThat(form.correctChoices()).isEqualTo("a, c");
        assertThat(form.difficulty()).isEqualTo("1");
        ItemWrite again = ItemForms.parse(form).value();
        assertThat(again).isEqualTo(new ItemWrite(STEM, ItemType.MULTIPLE_CHOICE, item.choices(), item.answer(),
                EXPLANATION, 1.0, item.skills()));
    }

    @Test
    void theAnswerInWords() {
        ItemDetails numeric = new ItemDetails(UUID.randomUUID(), STEM, ItemType.NUMERIC, List.of(),
                new ItemAnswerKey(null, null, 0.5, 0.05, null), EXPLANATION, 0, ItemStatus.PUBLISHED, List.of(), 1,
                List.of());

        assertThat(ItemForms.answerInWords(numeric)).isEqualTo("0.5 ± 0.05");
    }
}
