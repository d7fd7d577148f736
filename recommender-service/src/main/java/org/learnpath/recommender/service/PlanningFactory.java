package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.learnpath.learner.ModelConfig;

/**
 * The {@link Planning} for the current catalog and model parameters, rebuilt only when either changed: building
 * the planner is cheap but not free, and every answer batch and request needs one.
 */
@ApplicationScoped
public class PlanningFactory {

    private final CatalogService catalogs;
    private final ModelSettings settings;
    private volatile Planning cached;

    public PlanningFactory(CatalogService catalogs, ModelSettings settings) {
        this.catalogs = catalogs;
        this.settings = settings;
    }

    public Planning current() {
        Catalog catalog = catalogs.current();
        ModelConfig model = settings.model();
        Planning planning = cached;
        if (planning == null || planning.catalog() != catalog || planning.model() != model) {
            planning = new Planning(catalog, model, settings.planner());
            cached = planning;
        }
        return planning;
    }
}
