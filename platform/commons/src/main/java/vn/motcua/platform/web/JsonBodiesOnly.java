package vn.motcua.platform.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.platform.problem.Problems;

/**
 * Every mot-cua body is JSON in UTF-8 (RFC 8259 §8.1). Anything else is refused with 415 before it is read:
 * Jackson would otherwise guess the encoding ({@code charset=UTF-16} accepted) and {@code *}{@code /*} or
 * {@code text/plain} would reach the JSON reader under a false name. The one exception is declared, not guessed:
 * an operation that {@code @Consumes("text/csv")} (a catalogue import) also takes CSV in UTF-8, and one that
 * {@code @Consumes("application/x-ndjson")} (a dossier import) JSON lines in UTF-8.
 */
public class JsonBodiesOnly {
    @ServerRequestFilter
    public Response refuseOtherMediaTypes(ContainerRequestContext request, ResourceInfo resource) {
        if (!hasBody(request)) {
            return null;
        }
        String given = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (given != null && isJsonUtf8(given)) {
            return null;
        }
        if (given != null && consumesCsv(resource) && isUtf8(given, "text", "csv")) {
            return null;
        }
        if (given != null && consumes(resource, "application/x-ndjson") && isUtf8(given, "application", "x-ndjson")) {
            return null;
        }
        return Problems.response(415, "unsupported-media-type", "Unsupported media type",
                "Send the body as application/json (UTF-8)" + (given == null ? "; no Content-Type was given." : ", not "
                        + sanitised(given) + "."), request.getUriInfo().getPath(), List.of());
    }

    static boolean isJsonUtf8(String contentType) {
        return isUtf8(contentType, "application", "json");
    }

    private static boolean consumesCsv(ResourceInfo resource) {
        return consumes(resource, "text/csv");
    }

    private static boolean consumes(ResourceInfo resource, String mediaType) {
        Consumes consumes = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(mediaType);
    }

    /** {@code type/subtype} with no parameter but {@code charset=utf-8}. */
    static boolean isUtf8(String contentType, String mainType, String subtype) {
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!mainType.equalsIgnoreCase(type.getType()) || !subtype.equalsIgnoreCase(type.getSubtype())) {
            return false;
        }
        for (Map.Entry<String, String> parameter : type.getParameters().entrySet()) {
            boolean utf8 = "charset".equalsIgnoreCase(parameter.getKey())
                    && "utf-8".equalsIgnoreCase(parameter.getValue().replace("\"", ""));
            if (!utf8) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.trim().equals("0");
    }

    /** The caller's header echoed back only as printable ASCII and short: it is untrusted text. */
    private static String sanitised(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "..." : printable;
    }
}
