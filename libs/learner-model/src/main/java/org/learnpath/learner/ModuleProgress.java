package org.learnpath.learner;

import java.util.List;

/**
 * One module of a learning path.
 *
 * @param skills              the module's skills as read at planning time, in the module's order
 * @param missingPrerequisites for a LOCKED module, the modules it requires that are not learnt yet (study order)
 */
public record ModuleProgress(String moduleSlug, ModuleStatus status, List<SkillEstimate> skills,
        List<String> missingPrerequisites) {

    public ModuleProgress {
        skills = List.copyOf(skills);
        missingPrerequisites = List.copyOf(missingPrerequisites);
    }
}
