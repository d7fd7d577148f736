package org.learnpath.learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.learnpath.learner.LearnerSimulator.Item;

/**
 * The simulated world the quality evaluations share: the seeded "Data Analyst" goal (25 skills), true BKT parameters per
 * skill drawn from seed 7 (learn 0.10-0.30, guess 0.10-0.25, slip 0.05-0.15), six items per skill at true difficulties
 * -1.5..+1.5 whose author priors are off by N(0, 0.3), a two-skill item per multi-skill module, and two thirds of the
 * items single choice among four options (the rest open answers).
 */
final class RealisticWorld {

    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();

    private RealisticWorld() {
    }

    /** The world's simulator with these realism switches. */
    static LearnerSimulator simulator(SimulatorRealism realism) {
        Random random = new Random(7);
        Map<String, BktParameters> truth = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            truth.put(skill.code(), new BktParameters(0.5, 0.1 + 0.2 * random.nextDouble(),
                    0.1 + 0.15 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
        }
        List<Item> bank = new ArrayList<>();
        int n = 0;
        for (Item item : LearnerSimulator.itemBank(GRAPH, new double[] {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5}, 0.3, random)) {
            bank.add(item.withOptions(n++ % 3 == 2 ? 0 : 4));
        }
        return new LearnerSimulator(GRAPH, truth, bank).withRealism(realism);
    }
}
