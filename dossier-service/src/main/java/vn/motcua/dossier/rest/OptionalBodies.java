package vn.motcua.dossier.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Some actions take an optional body ({@code /accept}, {@code /resolve}: the thin slice's callers send none). A
 * request without a body has no media type to speak of (RFC 9110 §8.3), but the REST layer reads a missing
 * Content-Type as application/octet-stream and answers 415 before the resource runs. Without a body, the request
 * is read as empty JSON: the resource gets null and applies its default.
 */
public class OptionalBodies {
    @ServerRequestFilter(preMatching = true)
    public void emptyBodyIsEmptyJson(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/dossiers/")) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = request.getHeaderString("Transfer-Encoding") == null
                && (length == null || length.trim().equals("0"));
        if (noBody) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
