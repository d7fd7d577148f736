package org.learnpath.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A link a module recommends for study, such as a user-guide chapter or an exercise set. */
@Embeddable
public class LearningResource {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResourceKind kind;

    public LearningResource() {
    }

    public LearningResource(String title, String url, ResourceKind kind) {
        this.title = title;
        this.url = url;
        this.kind = kind;
    }
}
