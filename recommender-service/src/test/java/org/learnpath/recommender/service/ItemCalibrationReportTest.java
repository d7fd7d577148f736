package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.config.CalibrationConfig;
import org.learnpath.recommender.config.ReportPaging;
import org.learnpath.recommender.repository.ItemCalibrationReportRepository;
import org.learnpath.recommender.repository.ItemCalibrationReportRepository.ItemStats;

/** Pages and filters are cut from one judged bank, computed again only once it is older than configured. */
class ItemCalibrationReportTest {

    private static final ItemStats EASY = stats(1, "a", 40, 1.0, null);
    private static final ItemStats MISKEYED = new ItemStats(id(2), List.of("a"), "PUBLISHED", 0.0, 0.3, 40, 0, 0.45,
            -0.7, 20, 0.1);
    private static final ItemStats FINE_A = stats(3, "a", 40, 0.6, 0.4);
    private static final ItemStats FINE_B = stats(4, "b", 50, 0.6, 0.4);
    private static final ItemStats FEW = stats(5, "b", 3, 1.0, null);

    /** Counts the computations. */
    static class CountingRepository extends ItemCalibrationReportRepository {
        final AtomicInteger calls = new AtomicInteger();

        CountingRepository() {
            super(null);
        }

        @Override
        public List<ItemStats> stats(double highMastery) {
            calls.incrementAndGet();
            return List.of(FEW, FINE_B, FINE_A, EASY, MISKEYED);
        }
    }

    @Test
    void sortsFiltersAndPagesOneComputation() {
        CountingRepository repository = new CountingRepository();
        ItemCalibrationReport report = new ItemCalibrationReport(repository, config(Duration.ofMinutes(10)));

        ItemCalibrationPage all = report.page(null, null, 0, 10);
        assertThat(all.rows().items().stream().map(ItemCalibrationRow::itemId))
                .containsExactly(id(2), id(1), id(4), id(3), id(5));
        assertThat(all.rows().total()).isEqualTo(5);
        assertThat(all.rows().items().get(0).flags())
                .containsExactly(ItemCalibrationFlag.PROBABLY_MISKEYED, ItemCalibrationFlag.NEGATIVE_DISCRIMINATION);
        assertThat(all.rows().items().get(4).enoughAnswers()).isFalse();

        ItemCalibrationPage second = report.page(null, null, 1, 2);
        assertThat(second.rows().items().stream().map(ItemCalibrationRow::itemId)).containsExactly(id(4), id(3));
        assertThat(second.rows().total()).isEqualTo(5);
        assertThat(report.page(null, null, 3, 2).rows().items()).isEmpty();
        assertThat(report.page("b", null, 0, 10).rows().items().stream().map(ItemCalibrationRow::itemId))
                .containsExactly(id(4), id(5));
        assertThat(report.page(null, ItemCalibrationFlag.TOO_EASY, 0, 10).rows().items()
                .stream().map(ItemCalibrationRow::itemId)).containsExactly(id(1));
        assertThat(report.page("b", ItemCalibrationFlag.TOO_EASY, 0, 10).rows().total()).isZero();

        assertThat(repository.calls).hasValue(1);
        assertThat(second.computedAt()).isEqualTo(all.computedAt());
    }

    @Test
    void computesAgainOnceOlderThanConfigured() {
        CountingRepository repository = new CountingRepository();
        ItemCalibrationReport report = new ItemCalibrationReport(repository, config(Duration.ZERO));
        report.page(null, null, 0, 10);
        report.page(null, null, 1, 10);
        assertThat(repository.calls).hasValue(2);
    }

    @Test
    void requestsWhileItIsComputedAgainGetThePreviousFigures() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountingRepository repository = new CountingRepository() {
            @Override
            public List<ItemStats> stats(double highMastery) {
                if (calls.get() == 1) { // the second computation waits until released
                    computing.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.stats(highMastery);
            }
        };
        ItemCalibrationReport report = new ItemCalibrationReport(repository, config(Duration.ZERO));
        ItemCalibrationPage first = report.page(null, null, 0, 10);
        CompletableFuture<ItemCalibrationPage> refreshing = CompletableFuture.supplyAsync(
                () -> report.page(null, null, 0, 10));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();

        ItemCalibrationPage meanwhile = report.page(null, null, 0, 10);
        assertThat(meanwhile.computedAt()).isEqualTo(first.computedAt());
        assertThat(meanwhile.rows().total()).isEqualTo(5);

        release.countDown();
        assertThat(refreshing.get(10, TimeUnit.SECONDS).computedAt()).isAfterOrEqualTo(first.computedAt());
        assertThat(repository.calls).hasValue(2);
    }

    private static ItemStats stats(int id, String skill, long answers, double share, Double discrimination) {
        return new ItemStats(id(id), List.of(skill), "PUBLISHED", 0.0, 0.0, answers, 0, share, discrimination, 0, null);
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }

    /**
     * The documented defaults, and {@code refreshAfter}. A proxy rather than a class implementing the interface: the
     * interface's validation constraints would make such a class a bean Quarkus refuses to build.
     */
    static CalibrationConfig config(Duration refreshAfter) {
        ReportPaging paging = proxy(ReportPaging.class, Map.of("defaultSize", 50,
                "maxSize", 1000));
        return proxy(CalibrationConfig.class, Map.of("minAnswers", 30, "tooEasy", 0.95, "tooHard", 0.2,
                "lowDiscrimination", 0.15, "negativeDiscrimination", -0.05, "highMastery", 0.8,
                "minHighMasteryAnswers", 10, "miskeyedShareCorrect", 0.5, "refreshAfter", refreshAfter,
                "paging", paging));
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (!values.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return values.get(method.getName());
        }));
    }
}
