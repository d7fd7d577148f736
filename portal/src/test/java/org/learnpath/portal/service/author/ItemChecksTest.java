package org.learnpath.portal.service.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.ItemWarning;

class ItemChecksTest {

    @Test
    void eachPathOfTheItemBodyGoesToTheFormFieldThatEditsIt() {
        assertThat(ItemChecks.formField("choices[2].text")).isEqualTo("choices");
        assertThat(ItemChecks.formField("choices")).isEqualTo("choices");
        assertThat(ItemChecks.formField("answer.choice")).isEqualTo("correctChoice");
        assertThat(ItemChecks.formField("answer.choices")).isEqualTo("correctChoices");
        assertThat(ItemChecks.formField("answer.accepted[1]")).isEqualTo("accepted");
        assertThat(ItemChecks.formField("answer.tolerance")).isEqualTo("tolerance");
        assertThat(ItemChecks.formField("stem")).isEqualTo("stem");
        assertThat(ItemChecks.formField("answer")).isNull();
        assertThat(ItemChecks.formField("")).isNull();
        assertThat(ItemChecks.formField(null)).isNull();
        assertThat(ItemChecks.where("choices[0].text", "choices")).isEqualTo("Choice a");
        assertThat(ItemChecks.where("answer.accepted", "accepted")).isEqualTo("Accepted answers");
    }

    @Test
    void warningsAreGroupedByFieldAndThoseOfNoFieldStayInTheList() {
        ItemChecks checks = ItemChecks.from(List.of(
                new ItemWarning("longest-key", "answer.choices", "Every correct option is longer", null),
                new ItemWarning("absolute-words", "choices[3].text", "This wrong option says never.", "WARNING"),
                new ItemWarning("absolute-words", "choices[1].text", "This wrong option says always.", "WARNING"),
                new ItemWarning("overall", null, "Something about the whole item.", "WARNING")));

        assertThat(checks.size()).isEqualTo(4);
        assertThat(checks.count()).isEqualTo("4 warnings");
        assertThat(checks.of("correctChoices")).isEqualTo("Correct answers: Every correct option is longer.");
        assertThat(checks.of("choices"))
                .isEqualTo("Choice d: This wrong option says never. Choice b: This wrong option says always.");
        assertThat(checks.has("stem")).isFalse();
        assertThat(checks.all().get(3).text()).isEqualTo("Something about the whole item.");
        assertThat(checks.all()).noneMatch(ItemCheck::error);
    }

    @Test
    void aRefusalPutsEachErrorAtItsFieldAndTheRestInTheFormError() {
        Refusal refusal = ItemChecks.refusal(400, List.of(
                new ItemWarning("duplicate-options", "choices[2].text", "The option repeats option a.", "ERROR"),
                new ItemWarning("missing-key", "answer.choice", "No correct option is keyed.", "ERROR"),
                new ItemWarning("new-rule", "rubric", "Something the form cannot show.", "ERROR")));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.errors().asMap()).containsExactly(
                entry("choices", "Choice c: The option repeats option a."),
                entry("correctChoice", "Correct answer: No correct option is keyed."));
        assertThat(refusal.formError()).isEqualTo("The item was not saved: Something the form cannot show.");
        assertThat(refusal.stale()).isFalse();
    }
}
