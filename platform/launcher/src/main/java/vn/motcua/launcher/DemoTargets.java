package vn.motcua.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo plan targets (chỉ tiêu kế hoạch) of Lạng Sơn, so the KPI dashboard has something to compare with: Hà
 * Tĩnh's figures of its 2023 plan [seed 003, domain.md §7] standing in for a Lạng Sơn plan the demo does not have,
 * and saying so in their source. Entered through {@code PUT /api/reports/targets/{year}} as the province admin; the
 * same figures again add nothing, so a second start changes nothing.
 */
final class DemoTargets {
    static final String PROVINCE = "20";
    static final String SOURCE = "Kế hoạch mẫu (số liệu theo Kế hoạch của UBND tỉnh Hà Tĩnh năm 2023)";

    private DemoTargets() {
    }

    /**
     * 100 % of eligible procedures fully online, 80 % of them with online dossiers, 60 % of dossiers online, 70 %
     * not asked again for data, 50 % of fee-bearing procedures paid online with 40 % of payments online, 85 %
     * satisfied, 70 % of results digitised. On-time resolution has no figure in that plan.
     */
    static Map<String, Object> body() {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("FULL_ONLINE_PROCEDURES", 100);
        targets.put("FULL_ONLINE_PROCEDURES_USED", 80);
        targets.put("ONLINE_DOSSIERS", 60);
        targets.put("DATA_REUSE", 70);
        targets.put("FEE_PROCEDURES_PAID_ONLINE", 50);
        targets.put("ONLINE_PAYMENTS", 40);
        targets.put("SATISFACTION", 85);
        targets.put("DIGITISED_RESULTS", 70);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targets", targets);
        body.put("source", SOURCE);
        return body;
    }
}
