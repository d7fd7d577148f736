package org.learnpath.portal.service.author;

/**
 * One linter finding as the item page shows it.
 *
 * @param rule the rule's id, shown beside the message so that an author can tell findings apart
 * @param field the item form's field it concerns (the input's name), or null when no field shows it
 * @param where the part of the item in words ("Choice b", "Question"), or null for the whole item
 * @param message what is wrong and what to do
 * @param error true when the finding makes the item unusable (a refusal), false for a warning
 */
public record ItemCheck(String rule, String field, String where, String message, boolean error) {

    /** The message with the part of the item it concerns in front: "Choice b: The correct option is…". */
    public String text() {
        return where == null ? message : where + ": " + message;
    }
}
