package vn.motcua.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.Problems;

/**
 * {@code ?province=20&province=04} has no single meaning; JAX-RS would silently take the first. No mot-cua
 * operation takes a list in one parameter, so a repeated one is refused, naming it.
 */
public class SingleQueryValues {
    @ServerRequestFilter
    public Response refuseRepeated(ContainerRequestContext request) {
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters(true);
        } catch (RuntimeException e) {
            // Vert.x decodes the query here and throws its own HttpException for a bad escape such as %zz
            return Problems.response(400, "bad-request", "Bad request", "The query string is not validly encoded.",
                    request.getUriInfo().getPath(), List.of());
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().size() > 1) {
                return Problems.invalid(new Problem.FieldError(parameter.getKey(), "is given more than once"),
                        request.getUriInfo().getPath());
            }
        }
        return null;
    }
}
