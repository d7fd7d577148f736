package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.assessment.model.Response;
import org.learnpath.rest.ProblemException;

class GraderTest {

    private static final List<Choice> ABCD = List.of(new Choice("a", "MAE"), new Choice("b", "RMSE"),
            new Choice("c", "R squared"), new Choice("d", "Log loss"));

    private static Grade grade(ItemType type, AnswerKey key, Response response) {
        return Grader.grade(type, type.hasChoices() ? ABCD : null, key, response);
    }

    @Test
    void singleChoice() {
        AnswerKey key = new AnswerKey("b", null, null, null, null);
        assertThat(grade(ItemType.SINGLE_CHOICE, key, new Response("b", null, null, null))).isEqualTo(new Grade(true, 1));
        assertThat(grade(ItemType.SINGLE_CHOICE, key, new Response("a", null, null, null))).isEqualTo(new Grade(false, 0));
        assertThatThrownBy(() -> grade(ItemType.SINGLE_CHOICE, key, new Response("e", null, null, null)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("not one of");
        assertThatThrownBy(() -> grade(ItemType.SINGLE_CHOICE, key, new Response(null, null, 1.0, null)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("'choice'");
        assertThatThrownBy(() -> grade(ItemType.SINGLE_CHOICE, key, new Response("b", List.of("b"), null, null)))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void multipleChoiceNeedsTheExactSetAndGivesPartialCredit() {
        AnswerKey key = new AnswerKey(null, List.of("a", "c"), null, null, null);
        assertThat(grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of("c", "a"), null, null)))
                .isEqualTo(new Grade(true, 1));
        assertThat(grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of("a"), null, null)))
                .isEqualTo(new Grade(false, 0.5));
        // One right and one wrong cancel out; ticking everything earns nothing.
        assertThat(grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of("a", "b"), null, null)))
                .isEqualTo(new Grade(false, 0));
        assertThat(grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of("a", "b", "c", "d"), null, null)))
                .isEqualTo(new Grade(false, 0));
        assertThat(grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of(), null, null)))
                .isEqualTo(new Grade(false, 0));
        assertThatThrownBy(() -> grade(ItemType.MULTIPLE_CHOICE, key, new Response(null, List.of("a", "a"), null, null)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("twice");
    }

    @Test
    void numericUsesAnAbsoluteToleranceInclusiveOfItsBounds() {
        AnswerKey key = new AnswerKey(null, null, 0.75, 0.005, null);
        assertThat(grade(ItemType.NUMERIC, key, new Response(null, null, 0.75, null)).correct()).isTrue();
        assertThat(grade(ItemType.NUMERIC, key, new Response(null, null, 0.755, null)).correct()).isTrue();
        assertThat(grade(ItemType.NUMERIC, key, new Response(null, null, 0.745, null)).correct()).isTrue();
        assertThat(grade(ItemType.NUMERIC, key, new Response(null, null, 0.7551, null)).correct()).isFalse();
        assertThat(grade(ItemType.NUMERIC, key, new Response(null, null, -0.75, null)).correct()).isFalse();
        AnswerKey exact = new AnswerKey(null, null, 0.3, 0.0, null);
        assertThat(grade(ItemType.NUMERIC, exact, new Response(null, null, 0.1 + 0.2, null)).correct()).isTrue();
        assertThatThrownBy(() -> grade(ItemType.NUMERIC, key, new Response(null, null, Double.NaN, null)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> grade(ItemType.NUMERIC, key, new Response(null, null, null, "0.75")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("'value'");
    }

    @Test
    void shortTextIgnoresCaseSpacingAndAFinalFullStop() {
        AnswerKey key = new AnswerKey(null, null, null, null, List.of("median", "the median"));
        for (String given : List.of("median", "  Median ", "MEDIAN.", "the   median", "The median.")) {
            assertThat(grade(ItemType.SHORT_TEXT, key, new Response(null, null, null, given)).correct()).as(given).isTrue();
        }
        for (String given : List.of("mean", "medians", "median value")) {
            assertThat(grade(ItemType.SHORT_TEXT, key, new Response(null, null, null, given)).correct()).as(given).isFalse();
        }
        assertThatThrownBy(() -> grade(ItemType.SHORT_TEXT, key, new Response(null, null, null, "   ")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> grade(ItemType.SHORT_TEXT, key, new Response(null, null, null, "x".repeat(501))))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aMissingResponseIsTheClientsError() {
        assertThatThrownBy(() -> Grader.grade(ItemType.NUMERIC, null, new AnswerKey(null, null, 1.0, 0.0, null), null))
                .isInstanceOf(ProblemException.class);
    }
}
