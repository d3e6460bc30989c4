package vn.motcua.e2e.load;

import java.util.Map;
import java.util.UUID;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.ProcedureBodies;

/**
 * The procedure the benchmark's dossiers are filed under: drafted and published by the province admin
 * (quantri.ls) through the gateway under a fresh code, so runs never share one, and awaited until dossier-service's
 * replica knows it (it learns it from the catalogue's event).
 */
final class HarnessProcedure {
    private HarnessProcedure() {
    }

    /** The published procedure's code. */
    static String publish(Api api) throws InterruptedException {
        String gateway = api.endpoints().gateway();
        String admin = api.login("quantri.ls");
        String code = String.format("2.%06d", 900_000 + (int) (System.currentTimeMillis() / 1000 % 99_999));
        Api.Reply drafted = api.post(gateway + "/api/catalog/procedures", admin,
                ProcedureBodies.draft(code, "Load harness procedure", "SKHCN-20", 10));
        String id = drafted.text("id");
        if (id == null) {
            throw new IllegalStateException("could not draft the harness's procedure (HTTP " + drafted.status() + " "
                    + drafted.body() + "): is ./mot-cua start running at " + gateway + "?");
        }
        Api.Reply published = api.post(gateway + "/api/catalog/procedures/" + id + "/publish", admin,
                ProcedureBodies.publication());
        if (published.status() != 200) {
            throw new IllegalStateException("could not publish the harness's procedure: HTTP " + published.status()
                    + " " + published.body());
        }
        awaitReplica(api, deskBody(code));
        return code;
    }

    static String deskBody(String code) {
        return """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE","applicant":{"name":"Tải thử"}}""".formatted(code);
    }

    static String onlineBody(String code) {
        return """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL","applicant":{"name":"Tải thử"}}"""
                .formatted(code);
    }

    private static void awaitReplica(Api api, String body) throws InterruptedException {
        String token = api.login("tiepnhan.ls");
        String url = api.endpoints().dossier() + "/api/dossiers";
        for (int i = 0; i < 100; i++) {
            if (api.post(url, token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString())).status() == 201) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("dossier-service never learnt the harness's procedure");
    }
}
