package vn.motcua.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/** A dossier's evaluation as the tests read it ({@code GET /api/evaluations/dossiers/{id}}). */
final class Evaluations {
    private Evaluations() {
    }

    /** The points of one indicator; -1 while it is pending, without data or absent. */
    static int points(JsonNode evaluation, int indicator) {
        for (JsonNode i : evaluation.path("indicators")) {
            if (i.path("indicator").asInt() == indicator) {
                return i.path("points").isNumber() ? i.path("points").asInt() : -1;
            }
        }
        return -1;
    }
}
