package vn.motcua.evaluation.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/**
 * Chỉ số 9: tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền (Circular
 * 01/2018/TT-VPCP Art. 13; per unit and agency for a period, Art. 14 cl. 2):
 * <ul>
 * <li>2: at least 20 % of the procedures in force offered online at level 3 or 4 (Decree 43/2011; partial or full
 * process under Decree 42/2022 Art. 11), at least 30 % of the dossiers received online, and no online dossier
 * resolved late;</li>
 * <li>1: some procedure offered so, at least 15 % received online, none late;</li>
 * <li>0: otherwise.</li>
 * </ul>
 * No procedure in force, or no dossier received in the period: the shares cannot be formed, NO_DATA.
 */
public final class OnlineServiceIndicator implements UnitIndicator {
    public static final int NUMBER = 9;
    public static final String NAME = "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm "
            + "quyền";
    static final Set<OnlineMode> COUNTED = EnumSet.of(OnlineMode.LEVEL_3, OnlineMode.LEVEL_4, OnlineMode.PARTIAL,
            OnlineMode.FULL);

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(UnitPeriodFacts facts, EvaluationContext context) {
        int procedures = facts.procedures().size();
        if (procedures == 0) {
            return IndicatorResult.noData(NUMBER, "Không có TTHC đang có hiệu lực");
        }
        if (facts.dossiersReceived() == 0) {
            return IndicatorResult.noData(NUMBER, "Không tiếp nhận hồ sơ nào trong kỳ");
        }
        long online = facts.procedures().stream().map(ProcedureTerms::onlineMode).filter(COUNTED::contains).count();
        int received = facts.dossiersReceived();
        int receivedOnline = facts.receivedOnline();
        int late = facts.onlineResolvedLate();
        String reason = online + "/" + procedures + " TTHC trực tuyến mức độ 3, 4 (toàn trình, một phần); "
                + receivedOnline + "/" + received + " hồ sơ nộp trực tuyến; " + late + " hồ sơ trực tuyến quá hạn";
        if (late == 0 && online * 100 >= 20L * procedures && receivedOnline * 100L >= 30L * received) {
            return IndicatorResult.scored(NUMBER, 2, reason);
        }
        if (late == 0 && online > 0 && receivedOnline * 100L >= 15L * received) {
            return IndicatorResult.scored(NUMBER, 1, reason);
        }
        return IndicatorResult.scored(NUMBER, 0, reason);
    }
}
