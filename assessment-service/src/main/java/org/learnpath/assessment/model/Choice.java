package org.learnpath.assessment.model;

public record Choice(String key, String text) implements java.io.Serializable {
}
