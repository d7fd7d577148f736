package org.learnpath.recommender.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.LearnerGoal;
import org.learnpath.recommender.repository.CatalogRepository;
import org.learnpath.recommender.repository.GoalRepository;
import org.learnpath.recommender.repository.MasteryRepository;

/**
 * Announces the path changes a catalog change causes: an author adds a prerequisite or a module to a goal, and
 * learners who answered nothing since still get their new path on {@code learnpath.paths.v1} (with no causing
 * answer). Re-plans every learner with a goal, a page at a time, and publishes only paths whose digest moved.
 *
 * <p>Every instance sweeps when its own catalog view moves to a revision it has not swept: answers applied by an
 * instance still on the old view are announced with that view, and its own sweep then sets them right. Digests make
 * the repeated work silent (an unchanged path is not announced again), and the goal rows are locked while a page
 * is planned, as {@link AnswerIngest} locks them, so an older state never overwrites a newer announcement. The
 * revision swept is stored so that a restart does not re-plan everyone for a catalog already swept.
 */
@ApplicationScoped
public class PathSweep {

    private static final Logger LOG = Logger.getLogger(PathSweep.class);

    private final CatalogRepository catalog;
    private final GoalRepository goals;
    private final MasteryRepository masteries;
    private final PlanningFactory planning;
    private final PathEvents events;
    private final Counter announcedCounter;
    private final int pageSize;
    private volatile long swept = -1;

    public PathSweep(CatalogRepository catalog, GoalRepository goals,
            MasteryRepository masteries, PlanningFactory planning, PathEvents events, MeterRegistry registry,
            RecommenderConfig config) {
        this.catalog = catalog;
        this.goals = goals;
        this.masteries = masteries;
        this.planning = planning;
        this.events = events;
        this.pageSize = config.pathSweepPageSize();
        this.announcedCounter = Counter.builder("learnpath.paths.updated.by.catalog")
                .description("Path changes announced because the catalog changed").register(registry);
    }

    @Scheduled(every = "${learnpath.recommender.path-sweep-every:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        long revision = planning.current().catalog().revision();
        try {
            if (swept < 0) {
                swept = QuarkusTransaction.requiringNew().call(catalog::pathsSwept);
            }
            if (revision <= swept) {
                return;
            }
            long t0 = System.nanoTime();
            int announced = sweep();
            QuarkusTransaction.requiringNew().run(() -> catalog.pathsSwept(revision));
            swept = revision;
            // Item edits move the revision too and change no path: only actual announcements are worth a line.
            LOG.logf(announced > 0 ? Logger.Level.INFO : Logger.Level.DEBUG,
                    "Catalog revision %d: %d learners' paths changed and were announced (%d ms)", revision, announced,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // Tried again at the next check: the revision is only marked swept once every page went through.
            LOG.warnf("Path sweep for catalog revision %d failed, will retry: %s", revision, e.getMessage());
        }
    }

    /** Re-plans every learner with a goal against the current catalog; returns how many paths were announced. */
    public int sweep() {
        String after = "";
        int announced = 0;
        while (true) {
            String from = after;
            Page page = QuarkusTransaction.requiringNew().call(() -> sweepPage(from));
            announced += page.announced();
            if (page.last() == null) {
                return announced;
            }
            after = page.last();
        }
    }

    private record Page(String last, int announced) {
    }

    /** Runs inside the page's transaction: every repository call below shares its connection. */
    private Page sweepPage(String after) {
        Map<String, LearnerGoal> page = goals.lockPage(after, pageSize);
        if (page.isEmpty()) {
            return new Page(null, 0);
        }
        Planning plans = planning.current();
        Map<String, List<SkillMastery>> states = masteries.load(page.keySet());
        Instant now = Instant.now();
        Map<String, String> announced = new HashMap<>();
        List<PathEvents.PathChange> changes = new ArrayList<>();
        String last = null;
        for (LearnerGoal goal : page.values()) {
            last = goal.learnerId();
            if (!plans.catalog().hasGoalFor(goal.goalSlug(), goal.organization())) {
                continue;
            }
            LearningPath path = plans.path(goal.goalSlug(),
                    plans.snapshot(goal.learnerId(), states.getOrDefault(goal.learnerId(), List.of()), now));
            String signature = Planning.signature(path);
            if (!signature.equals(goal.pathSignature())) {
                announced.put(goal.learnerId(), signature);
                changes.add(new PathEvents.PathChange(path, null, goal.organization()));
            }
        }
        events.pathsUpdated(changes, now);
        goals.pathsAnnounced(announced, now);
        announcedCounter.increment(announced.size());
        return new Page(last, announced.size());
    }
}
