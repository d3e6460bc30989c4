package vn.motcua.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.handler.HttpException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.platform.idempotency.UniqueViolation;
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
        Problem.FieldError error = JsonProblems.describe(e);
        if (error != null) {
            return respond(400, "validation", "Invalid input", error.field() + ": " + error.message(), uri,
                    List.of(error));
        }
        return respond(400, "malformed-body", "Malformed request body",
                "The request body is not a valid JSON document of the expected shape.", uri, List.of());
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
    public Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        // Quarkus wraps what its JSON reader cannot parse (bad UTF-8, a number out of range) in a bare 400
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter does not convert (page=abc): it is bad input
            Problem.FieldError error = ParameterProblems.find(method(resource), uri);
            if (error != null) {
                return respond(400, "validation", "Invalid input", error.field() + ": " + error.message(), uri,
                        List.of(error));
            }
            return respond(400, "validation", "Invalid input",
                    "A query or path parameter has the wrong type or format.", uri, List.of());
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(status, title.toLowerCase().replace(' ', '-'), title, title + ".", uri, List.of());
    }

    private static Method method(ResourceInfo resource) {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (RuntimeException e) {
            return null;  // no resource matched yet
        }
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a version conflict detected at commit arrives wrapped in the transaction manager's exception
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return conflict(null, uri);
            }
            if (t instanceof JsonProcessingException json) {
                return unreadableBody(json, uri);
            }
            if (t instanceof HttpException http && http.getStatusCode() >= 400 && http.getStatusCode() < 500) {
                // Vert.x's own refusal (e.g. a query it cannot decode) surfacing in a filter: the caller's error
                return web(new WebApplicationException(http.getStatusCode()), uri, null);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Response answer = database(sql.getSQLState(), uri);
                if (answer != null) {
                    LOG.infof("request refused by the database: SQLState %s [correlationId=%s]", sql.getSQLState(),
                            CorrelationId.current());
                    return answer;
                }
            }
        }
        LOG.errorf(e, "unexpected error [correlationId=%s]", CorrelationId.current());
        return respond(500, "internal", "Internal error",
                "The service could not complete the request. Quote the correlation id to the support team.", uri,
                List.of());
    }

    /**
     * The database as the last line: two concurrent creations of one code both pass the service's check and
     * one loses on the unique constraint (23505); a value the service let through but the column cannot hold
     * (class 22: too long, out of range, bad encoding; 23514: a check constraint) is the caller's input.
     * The SQL and the constraint's name stay in the log.
     */
    private static Response database(String state, UriInfo uri) {
        if (UniqueViolation.SQL_STATE.equals(state)) {
            return respond(409, "conflict", "Conflict",
                    "This resource already exists: it was created by another request, perhaps at the same time."
                            + " Reload and try again.", uri, List.of());
        }
        if (state.startsWith("22") || "23514".equals(state)) {
            return respond(400, "invalid-value", "Invalid input",
                    "A value in the request cannot be stored (too long, out of range or not valid text).", uri,
                    List.of());
        }
        return null;
    }

    private static Response challenge(Response problem) {
        problem.getHeaders().putSingle("WWW-Authenticate", "Bearer");
        return problem;
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return Problems.response(status, slug, title, detail, uri == null ? null : uri.getPath(), errors);
    }

    /** {@code create.request.applicant.idNumber} → {@code applicant.idNumber}: method and parameter dropped. */
    private static String field(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> names.add("#" + n.getName());
                default -> {
                    // a list element, or a property of one, carries the element's index: steps[0].sharePercent,
                    // requiredPapers[2]
                    if (n.isInIterable() && n.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.getLast() + "[" + n.getIndex() + "]");
                    }
                    if (n.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        names.add(n.getName());
                    }
                }
            }
        }
        // a body parameter's own name means nothing to the caller; a query or path parameter's name does
        if (names.size() > 1 && names.get(0).startsWith("#")) {
            names.remove(0);
        }
        return names.stream().map(s -> s.startsWith("#") ? s.substring(1) : s).collect(Collectors.joining("."));
    }
}
