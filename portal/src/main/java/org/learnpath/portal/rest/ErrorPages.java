package org.learnpath.portal.rest;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.learnpath.portal.model.ApiProblem;

/**
 * Every failure becomes a readable page with the right status: what went wrong in words, and where to go next.
 * Never a stack trace or a raw problem document.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;
    private final Template forbidden;

    public ErrorPages(Template error, Template forbidden) {
        this.error = error;
        this.forbidden = forbidden;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        if (problem.status() == 403) {
            return forbidden();
        }
        int status = problem.status() >= 500 ? 502 : problem.status();
        return page(status, problem.title(), problem.detail());
    }

    @ServerExceptionMapper({ ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class })
    public Response forbidden() {
        return html(403, forbidden.instance());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Not found", "There is no page at this address.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return page(500, "Something went wrong", "The portal could not complete this request.");
        }
        return page(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), "The request could not be handled.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Request failed", e);
        return page(500, "Something went wrong", "The portal could not complete this request. Please try again.");
    }

    private Response page(int status, String title, String detail) {
        return html(status, error.data("status", status).data("title", title).data("detail", detail));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
