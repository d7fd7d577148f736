package org.learnpath.portal.service.author;

/** An entity as a service returned it, with its ETag: the version an edit must name in If-Match. */
public record Tagged<T>(T value, String etag) {
}
