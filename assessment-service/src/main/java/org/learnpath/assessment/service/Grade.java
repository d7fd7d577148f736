package org.learnpath.assessment.service;

/** The outcome of grading one response: right or not, and a score in [0, 1] (partial credit). */
public record Grade(boolean correct, double score) {
}
