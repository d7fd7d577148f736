package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.assessment.model.Response;

class GuessFloorTest {

    private static List<Choice> options(int k) {
        return IntStream.range(0, k).mapToObj(i -> new Choice(String.valueOf((char) ('a' + i)), "Option " + i)).toList();
    }

    @Test
    void aSingleChoiceAmongKOptionsIsRightByChanceOnceInK() {
        assertThat(GuessFloor.of(ItemType.SINGLE_CHOICE, options(2))).isEqualTo(0.5);
        assertThat(GuessFloor.of(ItemType.SINGLE_CHOICE, options(3))).isEqualTo(1.0 / 3);
        assertThat(GuessFloor.of(ItemType.SINGLE_CHOICE, options(4))).isEqualTo(0.25);
        assertThat(GuessFloor.of(ItemType.SINGLE_CHOICE, options(8))).isEqualTo(0.125);
    }

    @Test
    void aMultipleChoiceIsABlindPickAmongTheNonEmptySelections() {
        assertThat(GuessFloor.of(ItemType.MULTIPLE_CHOICE, options(2))).isEqualTo(1.0 / 3);
        assertThat(GuessFloor.of(ItemType.MULTIPLE_CHOICE, options(4))).isEqualTo(1.0 / 15);
        assertThat(GuessFloor.of(ItemType.MULTIPLE_CHOICE, options(8))).isEqualTo(1.0 / 255);
    }

    /**
     * The multiple-choice floor is what grading makes of every selection: of the 2^k - 1 non-empty ones exactly one,
     * the key, is graded correct (and the empty one never is), for every key.
     */
    @Test
    void theMultipleChoiceFloorCountsWhatTheGraderAcceptsAmongAllSelections() {
        List<Choice> abcd = options(4);
        List<String> keys = abcd.stream().map(Choice::key).toList();
        for (int keyMask = 1; keyMask < 16; keyMask++) {
            AnswerKey key = new AnswerKey(null, pick(keys, keyMask), null, null, null);
            int right = 0;
            for (int mask = 1; mask < 16; mask++) {
                if (Grader.grade(ItemType.MULTIPLE_CHOICE, abcd, key, new Response(null, pick(keys, mask), null, null))
                        .correct()) {
                    right++;
                }
            }
            assertThat(Grader.grade(ItemType.MULTIPLE_CHOICE, abcd, key, new Response(null, List.of(), null, null))
                    .correct()).isFalse();
            assertThat(right / 15.0).isEqualTo(GuessFloor.of(ItemType.MULTIPLE_CHOICE, abcd));
        }
    }

    private static List<String> pick(List<String> keys, int mask) {
        return IntStream.range(0, keys.size()).filter(i -> (mask & (1 << i)) != 0).mapToObj(keys::get).toList();
    }

    @Test
    void numericAndShortTextAnswersHaveNoFloor() {
        assertThat(GuessFloor.of(ItemType.NUMERIC, null)).isEqualTo(0.0);
        assertThat(GuessFloor.of(ItemType.SHORT_TEXT, null)).isEqualTo(0.0);
    }

    /** A choice item with fewer than two options (which the API refuses) would have a floor of 1: unknown instead. */
    @Test
    void aChoiceItemWithoutAlternativesHasNoKnownFloor() {
        for (ItemType type : List.of(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE)) {
            assertThat(GuessFloor.of(type, options(1))).as(type.name()).isNull();
            assertThat(GuessFloor.of(type, List.of())).as(type.name()).isNull();
            assertThat(GuessFloor.of(type, null)).as(type.name()).isNull();
        }
    }

    @Test
    void theStoredItemAndTheGradedItemHaveTheFloorOfTheirTypeAndOptions() {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.type = ItemType.SINGLE_CHOICE;
        item.choices = options(5);
        item.answer = new AnswerKey("c", null, null, null, null);
        item.explanation = "Five options, one key.";
        item.status = ItemStatus.PUBLISHED;
        item.skillCodes.add("eda");
        assertThat(GuessFloor.of(item)).isEqualTo(0.2);
        assertThat(GuessFloor.of(GradedItem.of(item))).isEqualTo(0.2);
        item.type = ItemType.MULTIPLE_CHOICE;
        item.answer = new AnswerKey(null, List.of("a", "c"), null, null, null);
        assertThat(GuessFloor.of(GradedItem.of(item))).isEqualTo(1.0 / 31);
        item.type = ItemType.NUMERIC;
        item.choices = null;
        item.answer = new AnswerKey(null, null, 0.8, 0.01, null);
        assertThat(GuessFloor.of(item)).isEqualTo(0.0);
    }
}
