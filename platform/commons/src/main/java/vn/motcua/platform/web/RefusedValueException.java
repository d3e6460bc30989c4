package vn.motcua.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value the platform refuses, with a message written for the caller (never Java's own). Jackson adds
 * the path of the field as the exception travels up, so the problem can name it ({@code applicant.name}).
 */
public class RefusedValueException extends JsonMappingException {
    private final String reason;

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    /** What is wrong with the value, without its path: "contains a control character (U+0000) at position 3". */
    public String reason() {
        return reason;
    }
}
