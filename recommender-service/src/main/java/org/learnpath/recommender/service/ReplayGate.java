package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.PlacementRepository;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.repository.RefitRunRepository.Stamp;

/**
 * Keeps the answer batches and the replay of learner states after a refit ({@link LearnerReplay}) from undoing each
 * other, so that once the replay has finished every learner's state is what replaying all their stored answers under
 * the latest refit's model gives, with no answer lost.
 *
 * <p><b>What could go wrong.</b> A batch reads a learner's states (from its lane's cache or the database), applies
 * its answers and writes the result when it commits. Were a replay page to rewrite that learner in between, the batch
 * would then overwrite the replayed states with ones computed from the states before the replay; were the page to read
 * the learner's answers before the batch committed, the batch's answers would be missing from the replay. And a lane's
 * cache, kept by whichever instance consumes the learner's partition, would still hold the states from before the
 * replay after it.
 *
 * <p><b>How it is avoided.</b>
 * <ul>
 *   <li>One lock, a PostgreSQL transaction advisory lock on one key: every batch takes it shared, first thing in its
 *       transaction, before it reads or writes any learner state ({@link #enterBatch}); each replay page takes it
 *       exclusive, first thing in its own transaction, then reads its learners' answers and writes their states. So a
 *       page starts only once the batches in flight have committed (their answers are then in what it reads), and a
 *       batch arriving meanwhile waits for the page to commit (it then reads the replayed states). Batches never wait
 *       for each other. The price: while a page is written (tens of milliseconds for a page of 200 learners) every
 *       lane of every instance waits; consumption goes on between pages. One key rather than one per learner: a batch
 *       holds learners from all over the key space, so per-learner keys would conflict with nearly every page anyway,
 *       and would cost a batch hundreds of locks instead of one.</li>
 *   <li>Then, still under the lock and in a statement of its own (a statement sees what committed before it began,
 *       and the replay's last page may have committed while this batch waited), the batch reads the latest refit's
 *       {@link Stamp}. A newer model version than the one in force here is put in force before the batch picks its
 *       model ({@link ModelSettings#reloadUnless}): from the first page of a replay on, no instance applies an answer
 *       with an older model than the replay's.</li>
 *   <li>The lane's cache is used only while the stamp says the replay finished and is the one the lane saw at its
 *       previous batch: during a replay, and at the first batch after one, states are read from the database.</li>
 * </ul>
 * A batch that committed before the first page took the lock, with the older model, is harmless: every learner's page
 * comes later and replays all their answers. An instance that dies during the replay leaves the stamp unreplayed:
 * batches keep reading from the database, and the next scheduled check replays again (see RefitService).
 *
 * <p>Alternatives considered: pausing the consumers for the whole replay (every instance's, a minute or more at 5
 * million answers, and readiness would go down); replaying each learner in a short transaction of its own with no lock
 * (it cannot see a batch that read the learner before it and commits after it, nor another instance's cache).
 */
@ApplicationScoped
public class ReplayGate {

    private final MasteryRepository masteries;
    private final RefitRunRepository runs;
    private final ModelSettings settings;
    // Per lane: what its previous batch saw. A lane's batches come one at a time.
    private final Map<Integer, Seen> seen = new ConcurrentHashMap<>();
    private final PlacementRepository placements;

    public ReplayGate(MasteryRepository masteries, RefitRunRepository runs, ModelSettings settings,
            PlacementRepository placements) {
        this.masteries = masteries;
        this.runs = runs;
        this.settings = settings;
        this.placements = placements;
    }

    /**
     * Called first in an answer batch's transaction (see the class comment): waits while a replay page is written,
     * puts a newer model version in force, and says whether the lane's cached learner states may still be used (if
     * not, the caller clears them and reads states from the database): not after a replay, nor after a placement
     * wrote seeds, since the lane's previous batch.
     */
    public boolean enterBatch(int lane) {
        masteries.lockStatesForBatch();
        Stamp stamp = runs.stamp();
        settings.reloadUnless(stamp.version());
        // A finished placement writes seeds under the same lock, taken exclusively (see PlacementService): its states
        // are not in any lane's cache, so a lane that cached before it reads states from the database again.
        Seen now = new Seen(stamp, placements.seedings());
        Seen before = seen.put(lane, now);
        return stamp.replayed() && now.equals(before);
    }

    /** What a lane saw at its previous batch: the refit stamp, and how many times placements had written seeds. */
    private record Seen(Stamp stamp, long seedings) {
    }
}
