package vn.motcua.dossier;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.function.Supplier;

public final class Dossiers {
    private Dossiers() {
    }

    public static String request(String procedureCode, String channel) {
        return """
                {"procedureCode":"%s","channel":"%s",
                 "applicant":{"name":"Nguyễn Thị Hoa","idNumber":"020190000123","phone":"0912345678"}}"""
                .formatted(procedureCode, channel);
    }

    /** A paper dossier the desk accepted earlier and records now (issue 13: the post is accepted later). */
    public static String requestReceivedAt(String procedureCode, String receivedAt) {
        return """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","receivedAt":"%s",
                 "applicant":{"name":"Trần Văn Bình"}}""".formatted(procedureCode, receivedAt);
    }

    /** POST /api/dossiers/{id}/{action} with the token, and the JSON body when there is one. */
    public static ValidatableResponse post(Supplier<String> token, String action, String id, String body) {
        var request = given().auth().oauth2(token.get());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/dossiers/{id}/" + action, id).then();
    }
}
