package org.learnpath.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Races the service's own checks cannot see until the database does: answered as the client's conflict. */
public class PersistenceProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response optimisticLock(OptimisticLockException e, jakarta.ws.rs.core.UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response staleState(StaleStateException e, jakarta.ws.rs.core.UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response constraint(ConstraintViolationException e, jakarta.ws.rs.core.UriInfo uri) {
        return problems.problem(ProblemException.conflict(
                "The change conflicts with a concurrent one (" + e.getKind() + "); reload and try again"), uri);
    }

    private Response stale(jakarta.ws.rs.core.UriInfo uri) {
        return problems.problem(new ProblemException(ProblemType.PRECONDITION_FAILED, 412,
                "The resource was changed by someone else while you edited it; reload and try again"), uri);
    }
}
