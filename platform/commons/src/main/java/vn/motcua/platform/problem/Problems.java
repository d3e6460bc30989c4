package vn.motcua.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.platform.web.CorrelationId;

/** Builds problem+json answers for code that cannot throw (request filters, Vert.x handlers). */
public final class Problems {
    private Problems() {
    }

    public static Problem of(int status, String slug, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail, instance, CorrelationId.current(),
                new ArrayList<>(errors));
    }

    public static Response response(int status, String slug, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(of(status, slug, title, detail, instance, errors)).build();
    }

    /** 400 naming one field: {@code applicant.name}, or a parameter such as {@code page}. */
    public static Response invalid(Problem.FieldError error, String instance) {
        return response(400, "validation", "Invalid input", error.field() + ": " + error.message(), instance,
                List.of(error));
    }
}
