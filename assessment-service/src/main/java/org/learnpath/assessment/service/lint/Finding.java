package org.learnpath.assessment.service.lint;

/**
 * One thing a rule found in one item.
 *
 * @param rule the rule's stable id (authors and tools may switch on it)
 * @param field where in the item, as a JSON path of the authoring API ({@code stem}, {@code choices[2].text},
 *        {@code answer.accepted})
 * @param message what is wrong and what to do, for the author
 */
public record Finding(String rule, Severity severity, String field, String message) {
}
