package org.learnpath.recommender.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
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
 * refit) or the mean number of skills per answer does.
 *
 * <p>That mean is read over every stored answer (a scan of the answer table), once on the first report and again in
 * the background when it is older than the configured time: a request never waits for a refresh, and only one runs at
 * a time. Created at start-up, so that invalid settings stop the service instead of failing its first report.
 */
@Startup
@ApplicationScoped
public class ReportForecasting {

    private static final Logger LOG = Logger.getLogger(ReportForecasting.class);

    private final LearnerActivityRepository activity;
    private final RecommenderConfig recommender;
    private final ReportsConfig config;
    private final AssignmentForecaster forecaster;
    private final ManagedExecutor executor;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Cached cached;
    private volatile SkillsPerAnswer skillsPerAnswer;

    private record Cached(ModelConfig model, double skillsPerAnswer, MasteryForecast forecast) {
    }

    private record SkillsPerAnswer(double value, Instant readAt) {
    }

    public ReportForecasting(LearnerActivityRepository activity, RecommenderConfig recommender, ReportsConfig config,
            ManagedExecutor executor) {
        if (config.maxTimePerAnswer().isNegative() || config.maxTimePerAnswer().isZero()) {
            throw new IllegalArgumentException("learnpath.recommender.reports.max-time-per-answer must be positive");
        }
        if (config.skillsPerAnswerRefreshAfter().compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "learnpath.recommender.reports.skills-per-answer-refresh-after must be at least a minute");
        }
        this.activity = activity;
        this.recommender = recommender;
        this.config = config;
        this.executor = executor;
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
                    recommender.certificationTarget(), perAnswer));
            cached = current;
        }
        return current.forecast();
    }

    private double skillsPerAnswer(Instant now) {
        SkillsPerAnswer current = skillsPerAnswer;
        if (current == null) {
            synchronized (this) {
                current = skillsPerAnswer;
                if (current == null) {
                    current = read(now);
                    skillsPerAnswer = current;
                }
            }
        } else if (!now.isBefore(current.readAt().plus(config.skillsPerAnswerRefreshAfter()))
                && refreshing.compareAndSet(false, true)) {
            executor.runAsync(() -> skillsPerAnswer = read(Instant.now()))
                    .whenComplete((ignored, failure) -> {
                        refreshing.set(false);
                        if (failure != null) {
                            LOG.warnf(failure, "Could not read the mean number of skills per answer; keeping %.2f",
                                    skillsPerAnswer.value());
                        }
                    });
        }
        return current.value();
    }

    private SkillsPerAnswer read(Instant now) {
        // Two decimals: a change in the third does not move any forecast visibly, and would drop the tables.
        double read = Math.round(Math.min(10, Math.max(1, activity.skillsPerAnswer())) * 100) / 100.0;
        return new SkillsPerAnswer(read, now);
    }
}
