package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.time.Duration;
import org.learnpath.learner.ForecastSettings;

/**
 * The team reports: progress per assignment (GET /api/assignments/{id}/progress) and skill gaps
 * (GET .../skill-gaps). The forecast's thresholds are explained in docs/forecast.md; their defaults are those the
 * forecast was evaluated with ({@link ForecastSettings#DEFAULTS}).
 */
@ConfigMapping(prefix = "learnpath.recommender.reports")
public interface ReportsConfig {

    /**
     * Mastery from which a practised skill counts as DEVELOPING rather than BEGINNING in the skill-gap bands (up to the
     * mastery threshold, from which it is MASTERED). 0.4: below it the model still thinks the learner more likely not
     * to know the skill than to know it, even allowing for the prior's usual 0.2 to 0.3.
     */
    @WithDefault("0.4")
    @DecimalMin("0.01") @DecimalMax("0.99")
    double developingFrom();

    /**
     * The most one answer adds to a learner's time spent: an item left open during a meeting is not an hour of study.
     */
    @WithDefault("PT10M")
    Duration maxTimePerAnswer();

    /**
     * How long the mean number of skills per answer (the forecast's divisor, read from every stored answer) is
     * reused before it is read again: it moves only as the item bank's mix changes.
     */
    @WithDefault("PT1H")
    Duration skillsPerAnswerRefreshAfter();

    Forecast forecast();

    ReportPaging paging();

    /** See {@link ForecastSettings}. */
    interface Forecast {
        @WithDefault("P14D")
        Duration paceWindow();

        @WithDefault("P3D")
        Duration minimumPaceWindow();

        @WithDefault("2.0")
        @DecimalMin("1")
        double burstFactor();

        @WithDefault("1.0")
        @DecimalMin(value = "0", inclusive = false)
        double riskMargin();

        @WithDefault("P14D")
        Duration noPaceRiskWithin();

        @WithDefault("P14D")
        Duration inactiveAfter();

        default ForecastSettings settings() {
            return new ForecastSettings(paceWindow(), minimumPaceWindow(), burstFactor(), riskMargin(),
                    noPaceRiskWithin(), inactiveAfter());
        }
    }
}
