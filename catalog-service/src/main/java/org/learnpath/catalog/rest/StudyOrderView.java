package org.learnpath.catalog.rest;

import java.util.List;
import org.learnpath.catalog.model.Level;

/**
 * The order in which to study a goal: every module after its prerequisites. Prerequisites the goal does
 * not list itself are included, marked {@code inGoal=false}, since the goal cannot be reached without them.
 */
public record StudyOrderView(String goal, String name, int totalMinutes, List<Step> steps) {

    public record Step(int position, String slug, String title, Level level, int estimatedMinutes, boolean inGoal,
            List<String> prerequisites) {
    }
}
