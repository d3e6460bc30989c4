package vn.motcua.platform.web;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/**
 * Reads each request body collecting {@link DeferredRefusals}; when a value was refused, the body is also
 * validated here, so one 400 names every invalid field (a NUL in the name and a malformed phone together).
 */
@Provider
public class ValidatedBodies implements ReaderInterceptor {
    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Object body;
        DeferredRefusals.start();
        List<Problem.FieldError> refused;
        try {
            body = context.proceed();
        } finally {
            refused = DeferredRefusals.finish();
        }
        if (refused.isEmpty()) {
            return body;
        }
        List<Problem.FieldError> errors = new ArrayList<>(refused);
        Set<String> named = refused.stream().map(Problem.FieldError::field).collect(Collectors.toSet());
        if (body != null) {
            validator.validate(body).stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .filter(e -> !named.contains(e.field()))
                    .forEach(errors::add);
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        throw new ProblemException(400, "validation", "Invalid input",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }
}
