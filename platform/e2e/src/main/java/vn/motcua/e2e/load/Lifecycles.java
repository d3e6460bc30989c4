package vn.motcua.e2e.load;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.motcua.e2e.Api;

/**
 * The benchmark's two full lifecycles through the gateway, one dossier per call, as the demo users do them: the
 * desk (tiepnhan.ls) receives at the centre, or the portal (portal-20) submits online and the desk accepts; then the
 * desk hands over to the unit QLCN, the processing officer (xuly.ls) resolves and the desk returns at the counter.
 * When a resolve call has answered, the dossier is given to {@code onResolved} (the freshness probe). A call that
 * does not answer 2xx makes the run an error; the first one is kept to be printed.
 */
final class Lifecycles {
    /** Tokens live 300 s in the realm; a run of thousands of dossiers outlives one. */
    private static final Duration RENEW_AFTER = Duration.ofSeconds(240);

    private final Api api;
    private final String dossiers;
    private final String deskBody;
    private final String onlineBody;
    private final Supplier<String> desk;
    private final Supplier<String> officer;
    private final Supplier<String> portal;
    private volatile Consumer<String> onResolved = id -> { };
    private volatile String firstError;

    Lifecycles(Api api, String dossiers, String deskBody, String onlineBody) {
        this.api = api;
        this.dossiers = dossiers;
        this.deskBody = deskBody;
        this.onlineBody = onlineBody;
        this.desk = renewing(() -> api.login("tiepnhan.ls"));
        this.officer = renewing(() -> api.login("xuly.ls"));
        this.portal = renewing(() -> api.clientToken("portal-20", "portal-20-secret"));
    }

    /** Tiếp nhận → chuyển xử lý → giải quyết → trả kết quả tại Bộ phận Một cửa. */
    boolean deskToReturn() {
        Api.Reply received = api.post(dossiers, desk.get(), deskBody,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (!ok(received, "receive")) {
            return false;
        }
        return handOverToReturn(received.text("id"));
    }

    /** Nộp trực tuyến → tiếp nhận → chuyển xử lý → giải quyết → trả kết quả. */
    boolean onlineToReturn() {
        Api.Reply submitted = api.post(dossiers, portal.get(), onlineBody,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        return ok(submitted, "submit")
                && ok(api.post(dossiers + "/" + submitted.text("id") + "/accept", desk.get(), null), "accept")
                && handOverToReturn(submitted.text("id"));
    }

    /** From now on, every resolved dossier's id goes to {@code listener}. */
    void onResolved(Consumer<String> listener) {
        this.onResolved = listener;
    }

    private boolean handOverToReturn(String id) {
        String dossier = dossiers + "/" + id;
        if (!ok(api.post(dossier + "/hand-over", desk.get(), "{\"toUnit\":\"QLCN\"}"), "hand-over")
                || !ok(api.post(dossier + "/resolve", officer.get(), null), "resolve")) {
            return false;
        }
        onResolved.accept(id);
        return ok(api.post(dossier + "/return", desk.get(), "{\"method\":\"DESK\"}"), "return");
    }

    String firstError() {
        return firstError;
    }

    private boolean ok(Api.Reply r, String what) {
        if (r.status() / 100 == 2) {
            return true;
        }
        if (firstError == null) {
            firstError = what + ": HTTP " + r.status() + " " + r.body();
        }
        return false;
    }

    private static Supplier<String> renewing(Supplier<String> login) {
        return new Supplier<>() {
            private String token;
            private long loggedInAt;

            @Override
            public synchronized String get() {
                if (token == null || System.nanoTime() - loggedInAt > RENEW_AFTER.toNanos()) {
                    token = login.get();
                    loggedInAt = System.nanoTime();
                }
                return token;
            }
        };
    }
}
