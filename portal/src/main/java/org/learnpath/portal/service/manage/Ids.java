package org.learnpath.portal.service.manage;

import java.util.UUID;
import org.learnpath.portal.model.ApiProblem;

/**
 * Team and assignment ids from an address. Anything but a UUID is a page that does not exist (404), answered
 * without asking the recommender, which would call it a bad request.
 */
final class Ids {

    private Ids() {
    }

    static String uuid(String text, String what) {
        try {
            return UUID.fromString(text == null ? "" : text.strip()).toString();
        } catch (IllegalArgumentException notAnId) {
            throw new ApiProblem(404, "Not found", "There is no " + what + " at this address.", null, null);
        }
    }
}
