package org.learnpath.portal.rest.author;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How author and admin pages answer: a rendered page with a status, or a redirect after a successful POST. */
public final class Pages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Pages() {
    }

    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    /** 303 See Other: the browser GETs the target, so a reload does not post the form again. */
    public static Response seeOther(URI target) {
        return Response.seeOther(target).build();
    }

    /** A form field's first value, or null. */
    public static String first(MultivaluedMap<String, String> form, String name) {
        return form == null ? null : form.getFirst(name);
    }

    /** A page number from the address; anything but a small non-negative number is the first page. */
    public static int pageNumber(String text) {
        if (text == null || !text.strip().matches("^\\d{1,5}$")) {
            return 0;
        }
        return Integer.parseInt(text.strip());
    }
}
