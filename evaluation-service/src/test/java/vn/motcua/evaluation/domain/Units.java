package vn.motcua.evaluation.domain;

import vn.motcua.events.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.ProcedureTerms;
import vn.motcua.events.ProcedureTerms.OnlineMode;

/** Unit facts for the per-unit rule tests: SKHCN-20 in Lạng Sơn's Q2 2026 (15/03 – 14/06/2026). */
final class Units {
    static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2, 15);

    /** {@code total} procedures, the first {@code onTheSpot} of them "4 tại chỗ", the first {@code online} online. */
    static List<ProcedureTerms> procedures(int total, int onTheSpot, int online, OnlineMode mode) {
        List<ProcedureTerms> list = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            list.add(new ProcedureTerms(1, LocalDate.of(2026, 1, 1), null, null, "Thủ tục " + i, "G09-KH",
                    Dossiers.AGENCY, ProcedureTerms.IssuingLevel.LOCAL, ProcedureTerms.Mechanism.ONE_STOP, List.of(),
                    i < online ? mode : OnlineMode.NONE, false, false, i < onTheSpot, List.of(), List.of("Tờ khai"),
                    List.of(new ProcedureTerms.CaseVariant("TH1", "Cấp mới",
                            new ProcedureTerms.TimeLimit(10, ProcedureTerms.TimeUnit.WORKING_DAYS))),
                    List.of(), new ProcedureTerms.Decision("1/QĐ-UBND", LocalDate.of(2025, 12, 1), "UBND")));
        }
        return list;
    }

    static UnitPeriodFacts facts(List<ProcedureTerms> procedures, int received, int receivedOnline,
            int receivedOutside, int returnedOutside, int onlineLate, List<UnitPeriodFacts.FeedbackItem> feedback) {
        return new UnitPeriodFacts(Dossiers.AGENCY, "MOT_CUA", Q2, procedures, received, receivedOnline,
                receivedOutside, received, returnedOutside, onlineLate, feedback);
    }

    private Units() {
    }
}
