package org.learnpath.portal.model;

/**
 * What the assessment service's item linter found in an item: a warning that does not block a write, or (in a 400
 * refusal's {@code lint} member) an error that did.
 *
 * @param rule the rule's stable id, such as {@code longest-key}
 * @param field where in the item, as a path of the service's item body ({@code choices[1].text}, {@code
 *        answer.accepted}); null or blank when the finding concerns the whole item
 * @param message what is wrong and what to do, for the author
 * @param severity WARNING or ERROR; null when the service does not say (then it is a warning)
 */
public record ItemWarning(String rule, String field, String message, String severity) {

    public boolean error() {
        return "ERROR".equalsIgnoreCase(severity);
    }
}
