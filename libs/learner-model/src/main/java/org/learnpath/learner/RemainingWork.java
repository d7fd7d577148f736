package org.learnpath.learner;

/**
 * What is left of a goal for one learner, as the model sees it now.
 *
 * @param expectedAnswers expected number of answers until the goal is complete: every skill at or above the mastery
 *                        threshold and the goal certified ({@link MasteryForecast}, {@link GoalCertification}); 0
 *                        when every skill was answered and is at its {@link MasteryForecast#certificationLevel}
 * @param skills          skills of the goal (with everything it requires)
 * @param masteredSkills  of which at or above the mastery threshold now
 */
public record RemainingWork(double expectedAnswers, int skills, int masteredSkills) {

    public RemainingWork {
        if (!(expectedAnswers >= 0) || skills < 0 || masteredSkills < 0 || masteredSkills > skills) {
            throw new IllegalArgumentException("need expectedAnswers >= 0 and 0 <= masteredSkills <= skills");
        }
    }

    /**
     * Every skill of the goal mastered now (a goal without skills is complete). Not yet the goal's completion, which
     * also needs its certification: {@link #expectedAnswers()} may still be above 0.
     */
    public boolean complete() {
        return masteredSkills == skills;
    }

    /** Share of the goal's skills mastered now, in [0, 1]; 1 for a goal without skills. */
    public double masteredShare() {
        return skills == 0 ? 1 : masteredSkills / (double) skills;
    }
}
