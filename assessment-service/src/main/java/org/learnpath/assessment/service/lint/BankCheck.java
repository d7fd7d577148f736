package org.learnpath.assessment.service.lint;

/**
 * The verdict of one bank rule on a scope (the whole bank or one skill).
 *
 * @param judged false when the scope has too few items for the rule to mean anything ({@link
 *        LintSettings#minGroupItems()}): the figures are shown, no verdict is given, and {@code passes} is true
 * @param message the figures behind the verdict, in words
 */
public record BankCheck(String rule, boolean judged, boolean passes, String message) {
}
