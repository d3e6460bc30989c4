package vn.motcua.evaluation.domain;

import java.util.List;
import vn.motcua.events.ProcedureTerms;

/**
 * Chỉ số 5: thực hiện tổ chức giải quyết TTHC tại Bộ phận Một cửa (Circular 01/2018/TT-VPCP Art. 13; per one-stop
 * unit and agency for a period, Art. 14 cl. 2):
 * <ul>
 * <li>2: at least 20 % of the agency's procedures in force are appraised and approved at the desk ("4 tại chỗ",
 * {@code fourOnTheSpot});</li>
 * <li>1: otherwise, every dossier of the period received and returned through the one-stop;</li>
 * <li>0: some dossier received or returned elsewhere.</li>
 * </ul>
 * The share counts the procedure versions in force at some day of the period as the projection lists them (two
 * versions of one procedure in one period count twice; the law counts procedures, the difference is small and the
 * list is the projection's to deduplicate). No procedure in force: NO_DATA.
 */
public final class OneStopResolutionIndicator implements UnitIndicator {
    public static final int NUMBER = 5;
    public static final String NAME = "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một "
            + "cửa";

    @Override
    public int number() {
        return NUMBER;
    }

    @Override
    public IndicatorResult evaluate(UnitPeriodFacts facts, EvaluationContext context) {
        List<ProcedureTerms> procedures = facts.procedures();
        if (procedures.isEmpty()) {
            return IndicatorResult.noData(NUMBER, "Không có TTHC đang có hiệu lực");
        }
        long onTheSpot = procedures.stream().filter(ProcedureTerms::fourOnTheSpot).count();
        String share = onTheSpot + "/" + procedures.size() + " TTHC giải quyết tại chỗ";
        if (onTheSpot * 100 >= 20L * procedures.size()) {
            return IndicatorResult.scored(NUMBER, 2, share + " (từ 20% trở lên)");
        }
        int outside = facts.receivedOutsideOneStop() + facts.returnedOutsideOneStop();
        if (outside == 0) {
            return IndicatorResult.scored(NUMBER, 1, share + " (dưới 20%); 100% hồ sơ tiếp nhận và trả kết quả tại "
                    + "Bộ phận Một cửa");
        }
        return IndicatorResult.scored(NUMBER, 0, share + " (dưới 20%); " + facts.receivedOutsideOneStop()
                + " hồ sơ tiếp nhận, " + facts.returnedOutsideOneStop() + " hồ sơ trả kết quả ngoài Bộ phận Một cửa");
    }
}
