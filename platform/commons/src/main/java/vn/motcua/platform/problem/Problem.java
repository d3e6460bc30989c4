package vn.motcua.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each failing field, so a portal can show the message
 * beside the right input; {@code correlationId} lets the ops team find the request in the logs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:mot-cua:problem:";

    /** One invalid input: {@code field} is the JSON path of the body field, or the parameter's name. */
    public record FieldError(String field, String message) {
    }
}
