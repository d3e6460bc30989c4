package vn.motcua.evaluation.domain;

/**
 * Chỉ số 3: số lần mà tổ chức, cá nhân phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ, kể cả trực tuyến
 * (Circular 01/2018/TT-VPCP Art. 13; per dossier, Art. 14 cl. 1): none 2 points, once 1, more than once 0. Counted
 * as the desk's requests before acceptance (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) plus the supplements asked
 * during appraisal (Decree 118/2025 Art. 19 cl. 5), a supplement that restarted the time limit included: the
 * applicant still had to come back. The law's "unless it was the applicant's fault" is not known to the platform;
 * an official who finds it so answers through a complaint, not through this count. Known at resolution (pending
 * before).
 */
public final class ApplicantContactsIndicator implements DossierIndicator {
    public static final int NUMBER = 3;
    public static final String NAME = "Số lần mà tổ chức, cá nhân phải liên hệ với nơi tiếp nhận hồ sơ để hoàn "
            + "thiện hồ sơ TTHC (kể cả liên hệ trực tuyến)";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(DossierFacts facts, EvaluationContext context) {
        if (facts.resolution().isEmpty()) {
            return DossierIndicator.unresolved(NUMBER);
        }
        int atDesk = facts.receptionRequests();
        int inAppraisal = facts.supplements().size();
        int times = atDesk + inAppraisal;
        if (times == 0) {
            return IndicatorResult.scored(NUMBER, 2, "Không phải bổ sung hồ sơ");
        }
        String reason = "Phải bổ sung hồ sơ " + times + " lần";
        if (atDesk > 0 && inAppraisal > 0) {
            reason += " (" + atDesk + " lần khi tiếp nhận, " + inAppraisal + " lần khi thẩm định)";
        }
        return IndicatorResult.scored(NUMBER, times == 1 ? 1 : 0, reason);
    }
}
