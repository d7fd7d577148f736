package org.learnpath.recommender.service;

import java.time.Instant;
import org.learnpath.rest.Slice;

/** One page of the item calibration report, and when the figures it shows were computed. */
public record ItemCalibrationPage(Slice<ItemCalibrationRow> rows, Instant computedAt) {
}
