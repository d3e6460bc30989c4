package vn.motcua.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * One demo dossier taken through its lifecycle, one action at a time, each only when the dossier's status calls
 * for it: a start after an earlier one (or after one that stopped half-way) goes on from where the dossier is, and
 * an action repeated anyway is refused with 409, which is taken as done.
 */
final class DemoStory {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String url;
    private String status;
    private JsonNode last;

    DemoStory(String url, String status) {
        this.url = url;
        this.status = status;
    }

    String status() {
        return status;
    }

    /** POSTs {@code /{action}} with {@code body} when the dossier is in {@code when}. */
    void step(String when, String action, String token, Map<String, Object> body) throws IOException {
        if (!status.equals(when)) {
            return;
        }
        // add-papers, supplement and withdraw are the applicant's retries: a fixed key makes a repeat harmless
        Map<String, String> headers = action.equals("supplement")
                ? Map.of("Idempotency-Key", "demo-" + action + "-" + url.substring(url.lastIndexOf('/') + 1))
                : Map.of();
        Http.Response r = Http.postJson(url + "/" + action, token, body, headers);
        if (r.status() == 409) {
            refresh(token);
            return;
        }
        last = DemoData.expect(r, action + " " + url).json();
        status = last.path("status").asText(status);
    }

    /**
     * Văn bản xin lỗi (Decree 118/2025 Art. 19 cl. 6): a new date a working day after the appointed one. The
     * launcher has no calendar, so it offers the next weekdays until the service takes one (a day off is 422).
     */
    void apology(String token, String signedBy) throws IOException {
        if (!status.equals("IN_APPRAISAL") && !status.equals("RECEIVED")) {
            return;
        }
        refresh(token);
        LocalDate date = Instant.parse(last.path("dueAt").asText()).atZone(VIETNAM).toLocalDate();
        for (int tries = 0; tries < 15; tries++) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Http.Response r = Http.postJson(url + "/extend", token, Map.of("reason",
                    "Cần lấy ý kiến của cơ quan phối hợp", "newDueDate", date.toString(), "signedBy", signedBy),
                    Map.of());
            if (r.status() == 409) {
                return;
            }
            if (r.status() == 422 && r.json().path("type").asText().endsWith("invalid-new-due-date")) {
                continue;
            }
            last = DemoData.expect(r, "extend " + url).json();
            status = last.path("status").asText(status);
            return;
        }
        throw new IllegalStateException("extend " + url + ": no working day taken within 15 days after the due date");
    }

    private void refresh(String token) throws IOException {
        last = DemoData.expect(Http.get(url, token), "read " + url).json();
        status = last.path("status").asText(status);
    }
}
