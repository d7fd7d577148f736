package org.learnpath.portal.model;

/** A learning resource of a module: a link and what kind of material it leads to (a {@link ModuleResourceKind}). */
public record ModuleResourceLink(String title, String url, String kind) {
}
