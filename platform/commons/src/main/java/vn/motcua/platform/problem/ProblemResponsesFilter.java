package vn.motcua.platform.problem;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes into every service's OpenAPI document the error answers it really gives, as {@code application/problem+json}
 * with one {@code Problem} schema ({@link Problem}'s shape), so that portal developers who generate clients from the
 * document get typed errors instead of an undocumented body. Which answers an operation lists follows from what
 * the shared mechanisms do (validation, token checks, {@link ProblemMappers}), not from each resource:
 * <ul>
 * <li>400 everywhere: a body or parameter that fails validation, with {@code errors} naming each field;</li>
 * <li>401 everywhere (a token that is sent is always checked), 403 unless the operation is declared public;</li>
 * <li>404 where the path names a resource ({@code /{id}});</li>
 * <li>409 and 422 on POST, PUT, PATCH and DELETE: a state or uniqueness conflict, a rule of the domain refused.</li>
 * </ul>
 * An answer a resource already documents keeps its description; only the problem+json body is added to it.
 * Registered for every service by {@code mp.openapi.filter} in commons' microprofile-config.properties.
 */
public class ProblemResponsesFilter implements OASFilter {
    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";
    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final Set<PathItem.HttpMethod> CHANGING = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    /** Answered by the gateway in front of every service, not by the service: listed once, in the description. */
    private static final String GATEWAY_NOTE = "Errors are RFC 9457 problem details (application/problem+json, "
            + "schema Problem). Through the gateway any operation may also be answered 408, 413, 414 or 431 "
            + "(request too slow or too large), 429 (rate limit; see Retry-After), 502 or 504 (service unreachable "
            + "or too slow), in the same form.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchema(SCHEMA, problemSchema());
        describeGatewayAnswers(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                addErrorAnswers(path, method, operation, openAPI)));
    }

    private static void addErrorAnswers(String path, PathItem.HttpMethod method, Operation operation, OpenAPI api) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input: errors names each failing field or parameter.");
        add(responses, "401", "No token, or one that is invalid, expired or not issued for mot-cua.");
        if (!declaredPublic(operation, api)) {
            add(responses, "403", "The token's roles or province do not allow this.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing with this identifier in the caller's province.");
        }
        if (CHANGING.contains(method)) {
            add(responses, "409", "Conflicts with the current state, such as a duplicate code or a repeated action.");
            add(responses, "422", "Well formed, but refused by a rule of the domain.");
        }
    }

    /** {@code security: []} on the operation, or no requirement on it nor on the document. */
    private static boolean declaredPublic(Operation operation, OpenAPI api) {
        if (operation.getSecurity() != null) {
            return operation.getSecurity().isEmpty();
        }
        return api.getSecurity() != null && api.getSecurity().isEmpty();
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        if (content.getMediaType(Problem.MEDIA_TYPE) == null) {
            content.addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
        }
    }

    private static void describeGatewayAnswers(OpenAPI openAPI) {
        Info info = openAPI.getInfo() != null ? openAPI.getInfo() : OASFactory.createInfo();
        String description = info.getDescription();
        if (description == null || !description.contains(GATEWAY_NOTE)) {
            info.setDescription(description == null || description.isBlank()
                    ? GATEWAY_NOTE : description + "\n\n" + GATEWAY_NOTE);
        }
        openAPI.setInfo(info);
    }

    private static Schema problemSchema() {
        return object("An RFC 9457 problem detail, the body of every error answer.")
                .addProperty("type", text("What went wrong, as a stable URN a client can switch on.")
                        .example(Problem.TYPE_PREFIX + "validation"))
                .addProperty("title", text("A short summary of the type, the same for every occurrence."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code of the answer."))
                .addProperty("detail", text("What went wrong in this occurrence, for a person to read."))
                .addProperty("instance", text("The path of the request that failed."))
                .addProperty("correlationId", text("Quote it to the operators: it finds the request in the logs."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("One entry per invalid input; absent when the problem is not about input.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return object("One invalid input.")
                .addProperty("field", text("The JSON path of the body field, or the parameter's name.")
                        .example("applicant.idNumber"))
                .addProperty("message", text("Why the value was refused."))
                .required(List.of("field", "message"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
