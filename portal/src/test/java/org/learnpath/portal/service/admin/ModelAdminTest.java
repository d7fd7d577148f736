package org.learnpath.portal.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.SkillParameters;

class ModelAdminTest {

    @Test
    void rowsAreSortedByCodeNamedWhereTheCatalogKnowsTheSkillAndRounded() {
        Instant at = Instant.parse("2026-03-01T10:15:30Z");
        List<SkillParameterRow> rows = ModelAdmin.rows(List.of(
                new SkillParameters("sql-joins", 0.123456, 0.2, 0.25, 0.1, 12, 140, -50, at),
                new SkillParameters("pandas-intro", 0.5, 0.05, 0.3, 0.08, 3, 20, -10, null)),
                Map.of("sql-joins", "SQL joins"));

        assertThat(rows).extracting(SkillParameterRow::code).containsExactly("pandas-intro", "sql-joins");
        assertThat(rows.get(0).name()).isEmpty();
        assertThat(rows.get(0).fittedAt()).isEmpty();
        assertThat(rows.get(1)).isEqualTo(new SkillParameterRow("sql-joins", "SQL joins", "0.123", "0.200", "0.250",
                "0.100", 12, 140, "2026-03-01 10:15 UTC"));
    }
}
