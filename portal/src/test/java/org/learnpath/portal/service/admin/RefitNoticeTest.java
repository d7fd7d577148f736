package org.learnpath.portal.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.model.RefitResult;
import org.learnpath.portal.model.SkillParameters;

class RefitNoticeTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void aRefitTravelsThroughTheQueryString() {
        RefitResult refit = new RefitResult(AT, 1234, 850,
                List.of(new SkillParameters("sql-joins", 0.2, 0.1, 0.2, 0.1, 30, 400, -200.5, AT)),
                List.of("pandas-intro"));

        Map<String, String> query = RefitNotice.of(refit).toQuery();
        RefitNotice back = RefitNotice.fromQuery(query::get).orElseThrow();

        assertThat(back).isEqualTo(new RefitNotice(AT, 1234, 850, 1, 1, List.of("pandas-intro")));
        assertThat(back.summary()).isEqualTo("The refit read 1,234 answers in 850 ms: 1 skill fitted, 1 skipped.");
        assertThat(back.skippedList()).isEqualTo("pandas-intro");
    }

    @Test
    void manySkippedSkillsAreCountedNotAllNamed() {
        List<String> skipped = IntStream.range(0, 25).mapToObj(i -> "skill-" + i).toList();
        RefitNotice notice = RefitNotice.of(new RefitResult(AT, 0, 5, List.of(), skipped));

        assertThat(notice.skippedList()).startsWith("skill-0, skill-1").endsWith("skill-19 and 5 more");
    }

    @Test
    void anEditedQueryShowsNoNotice() {
        Map<String, String> query = new HashMap<>(RefitNotice.of(new RefitResult(AT, 1, 1, List.of(), List.of()))
                .toQuery());
        query.put("refitAnswers", "lots");
        assertThat(RefitNotice.fromQuery(query::get)).isEmpty();
        query.put("refitAnswers", "1");
        query.remove("refitMillis");
        assertThat(RefitNotice.fromQuery(query::get)).isEmpty();
        query.put("refitMillis", "1");
        query.put("refitAt", "yesterday");
        assertThat(RefitNotice.fromQuery(query::get)).isEmpty();
        assertThat(RefitNotice.fromQuery(name -> null)).isEmpty();
    }
}
