package vn.motcua.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.platform.tenant.NoProvinceException;
import vn.motcua.platform.web.CorrelationId;

/** Every error leaves a service as problem+json (RFC 9457); no stack trace ever does. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response business(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** Quarkus throws this subtype for parameter validation and maps it itself unless told otherwise. */
    @ServerExceptionMapper
    public Response parameterValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return validation(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid input", detail, uri, errors);
    }

    /** Quarkus maps these subtypes itself (as plain JSON) unless a mapper names them exactly. */
    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(400, "validation", "Invalid input", field + ": has the wrong type or format", uri,
                    List.of(new Problem.FieldError(field, "has the wrong type or format")));
        }
        return respond(400, "malformed-body", "Malformed request body", "The request body is not valid JSON.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response noProvince(NoProvinceException e, UriInfo uri) {
        return respond(403, "no-province", "No province", "Your account is not attached to a province.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this action.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required.", uri,
                List.of()));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenge(respond(401, "unauthorized", "Unauthorized",
                "The bearer token is invalid, expired or not issued for mot-cua.", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response entityNotFound(EntityNotFoundException e, UriInfo uri) {
        return respond(404, "not-found", "Not found", "No such resource in your province.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(OptimisticLockException e, UriInfo uri) {
        return respond(409, "concurrent-update", "Concurrent update",
                "Someone else changed this resource; reload it and try again.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter does not convert (year=abc): it is bad input
            return respond(400, "validation", "Invalid input",
                    "A query or path parameter has the wrong type or format: " + e.getCause().getMessage(), uri,
                    List.of());
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(status, title.toLowerCase().replace(' ', '-'), title, title + ".", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // a version conflict detected at commit arrives wrapped in the transaction manager's exception
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return conflict(null, uri);
            }
        }
        LOG.errorf(e, "unexpected error [correlationId=%s]", CorrelationId.current());
        return respond(500, "internal", "Internal error",
                "The service could not complete the request. Quote the correlation id to the support team.", uri,
                List.of());
    }

    private static Response challenge(Response problem) {
        problem.getHeaders().putSingle("WWW-Authenticate", "Bearer");
        return problem;
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + slug, title, status, detail,
                uri == null ? null : uri.getPath(), CorrelationId.current(), new ArrayList<>(errors));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.applicant.idNumber} → {@code applicant.idNumber}: method and parameter dropped. */
    private static String field(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> names.add("#" + n.getName());
                default -> names.add(n.getName() + (n.getIndex() != null ? "[" + n.getIndex() + "]" : ""));
            }
        }
        // a body parameter's own name means nothing to the caller; a query or path parameter's name does
        if (names.size() > 1 && names.get(0).startsWith("#")) {
            names.remove(0);
        }
        return names.stream().map(s -> s.startsWith("#") ? s.substring(1) : s).collect(Collectors.joining("."));
    }
}
