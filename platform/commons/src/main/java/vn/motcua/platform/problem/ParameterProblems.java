package vn.motcua.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * JAX-RS says only "a parameter did not convert" (a 404 wrapping Java's message). This finds which one, by
 * converting the request's path and query values again against the resource method's declared types, so the
 * problem names it ({@code id}, {@code page}) and says what it must be, in the caller's terms.
 */
final class ParameterProblems {
    private ParameterProblems() {
    }

    static Problem.FieldError find(Method method, UriInfo uri) {
        if (method == null || uri == null) {
            return null;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = null;
            String value = null;
            for (Annotation a : parameter.getAnnotations()) {
                if (a instanceof PathParam p) {
                    name = p.value();
                    value = uri.getPathParameters(true).getFirst(name);
                } else if (a instanceof QueryParam q) {
                    name = q.value();
                    value = uri.getQueryParameters(true).getFirst(name);
                }
            }
            if (name != null && value != null) {
                String message = refusal(parameter.getType(), value);
                if (message != null) {
                    return new Problem.FieldError(name, message);
                }
            }
        }
        return null;
    }

    /** Why {@code value} does not convert to {@code type}, or {@code null} when it does. */
    static String refusal(Class<?> type, String value) {
        try {
            if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return null;
                    }
                }
                return "must be one of " + List.of(type.getEnumConstants());
            }
            return null;
        } catch (RuntimeException e) {
            return expected(type);
        }
    }

    private static String expected(Class<?> type) {
        if (type == UUID.class) {
            return "must be a UUID, e.g. 3f2b8c1e-5d4a-4c6b-9e7f-0a1b2c3d4e5f";
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-02";
        }
        return "has the wrong type or format";
    }
}
