package vn.motcua.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** One generated request: what it tries ({@code mutation}), and the exact bytes sent, bar the token. */
public record FuzzRequest(String mutation, String method, String target, List<String> headers, byte[] body) {

    public FuzzRequest withHeader(String header) {
        List<String> more = new java.util.ArrayList<>(headers);
        more.add(header);
        return new FuzzRequest(mutation, method, target, more, body);
    }

    /** The request as a reader would replay it, long values cut. */
    public String describe() {
        String shownTarget = target.length() > 300 ? target.substring(0, 300) + "...(" + target.length() + ")" : target;
        StringBuilder text = new StringBuilder(mutation).append(": ").append(method).append(' ').append(shownTarget);
        for (String header : headers) {
            String shown = header.startsWith("Authorization:") ? "Authorization: Bearer <token>" : header;
            text.append("\n    ").append(shown.length() > 200 ? shown.substring(0, 200) + "..." : shown);
        }
        if (body != null) {
            String shown = new String(body, StandardCharsets.UTF_8);
            text.append("\n    body: ").append(shown.length() > 400 ? shown.substring(0, 400) + "...(" + body.length
                    + " bytes)" : shown);
        }
        return text.toString();
    }
}
