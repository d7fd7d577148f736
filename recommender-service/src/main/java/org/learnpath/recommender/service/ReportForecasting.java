package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.learnpath.learner.AssignmentForecaster;
import org.learnpath.learner.ForecastSettings;
import org.learnpath.learner.MasteryForecast;
import org.learnpath.learner.ModelConfig;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.config.ReportsConfig;
import org.learnpath.recommender.repository.LearnerActivityRepository;

/**
 * The forecast the team reports use, kept between requests: a {@link MasteryForecast} caches one table per set of
 * skill parameters (a few milliseconds each to build), so it is rebuilt only when the model's parameters change (a
 * refit) or the mean number of skills per answer does (read again after the configured time).
 */
@ApplicationScoped
public class ReportForecasting {

    private final LearnerActivityRepository activity;
    private final RecommenderConfig recommender;
    private final ReportsConfig config;
    private final AssignmentForecaster forecaster;
    private volatile Cached cached;
    private volatile SkillsPerAnswer skillsPerAnswer;

    private record Cached(ModelConfig model, double skillsPerAnswer, MasteryForecast forecast) {
    }

    private record SkillsPerAnswer(double value, Instant readAt) {
    }

    public ReportForecasting(LearnerActivityRepository activity, RecommenderConfig recommender, ReportsConfig config) {
        this.activity = activity;
        this.recommender = recommender;
        this.config = config;
        this.forecaster = new AssignmentForecaster(config.forecast().settings());
    }

    public ForecastSettings settings() {
        return forecaster.settings();
    }

    public AssignmentForecaster forecaster() {
        return forecaster;
    }

    /** The expected answers to mastery under the model's current parameters. */
    public MasteryForecast forecast(ModelConfig model, Instant now) {
        double perAnswer = skillsPerAnswer(now);
        Cached current = cached;
        if (current == null || current.model() != model || current.skillsPerAnswer() != perAnswer) {
            current = new Cached(model, perAnswer, new MasteryForecast(model, recommender.masteryThreshold(),
                    perAnswer));
            cached = current;
        }
        return current.forecast();
    }

    private double skillsPerAnswer(Instant now) {
        SkillsPerAnswer current = skillsPerAnswer;
        if (current == null || !now.isBefore(current.readAt().plus(config.skillsPerAnswerRefreshAfter()))) {
            // Two decimals: a change in the third does not move any forecast visibly, and would drop the tables.
            double read = Math.round(Math.min(10, Math.max(1, activity.skillsPerAnswer())) * 100) / 100.0;
            current = new SkillsPerAnswer(read, now);
            skillsPerAnswer = current;
        }
        return current.value();
    }
}
