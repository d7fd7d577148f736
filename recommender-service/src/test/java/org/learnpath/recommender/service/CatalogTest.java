package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.model.CatalogData;

/** Which goals a learner of an organization sees. */
class CatalogTest {

    @Test
    void anOrganizationsGoalExistsForItsMembersOnlyAndAGoalForEveryoneForAll() {
        Catalog catalog = Catalog.of(new CatalogData(1, List.of(new CatalogData.Skill("s1", "S1")),
                List.of(new CatalogData.Module("m1", "M1", List.of("s1"), List.of())),
                List.of(new CatalogData.Goal("shared", "Shared", List.of("m1"), null),
                        new CatalogData.Goal("acme-only", "Acme's", List.of("m1"), "acme")),
                List.of()));

        assertThat(catalog.hasGoalFor("shared", "acme")).isTrue();
        assertThat(catalog.hasGoalFor("shared", null)).isTrue();
        assertThat(catalog.hasGoalFor("acme-only", "acme")).isTrue();
        assertThat(catalog.hasGoalFor("acme-only", "globex")).isFalse();
        // A learner of no known organization sees no organization's goal.
        assertThat(catalog.hasGoalFor("acme-only", null)).isFalse();
        assertThat(catalog.hasGoalFor("missing", "acme")).isFalse();
    }
}
