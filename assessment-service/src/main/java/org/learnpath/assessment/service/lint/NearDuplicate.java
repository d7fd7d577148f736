package org.learnpath.assessment.service.lint;

/**
 * Two items that say nearly the same thing: their stems, or one option of each, share most of their content words.
 * Such a pair counts the same evidence twice (worse across skills, where one fact then passes for two skills).
 *
 * @param rule {@link BankLinter#NEAR_DUPLICATE_STEMS} or {@link BankLinter#NEAR_DUPLICATE_OPTIONS}
 * @param firstField where in the first item ({@code stem} or {@code choices[i].text})
 * @param firstKeyed whether that option is a correct one (false for a stem)
 * @param similarity the Jaccard index of the two texts' content words
 * @param crossSkill whether the two items measure no skill in common
 */
public record NearDuplicate(String rule, String first, String firstField, boolean firstKeyed, String firstText,
        String second, String secondField, boolean secondKeyed, String secondText, double similarity,
        boolean crossSkill) {

    public boolean involves(String ref) {
        return first.equals(ref) || second.equals(ref);
    }
}
