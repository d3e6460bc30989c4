package vn.motcua.dossier.domain;

import java.time.LocalDate;
import vn.motcua.events.RuleSet;

/**
 * Which rule set a dossier received on a day is handled under. Decree 118/2025 has no transitional clause for
 * pending dossiers, so each dossier keeps the rules of its reception day (design choice, domain.md §1):
 * <ul>
 * <li>Decree 61/2018/NĐ-CP, in force from 21/6/2018 (its Art. 38), amended by Decree 107/2021/NĐ-CP;</li>
 * <li>Decree 118/2025/NĐ-CP from 1/7/2025; 61/2018 and 107/2021 cease that day (Decree 118/2025 Art. 40 cl. 1).</li>
 * </ul>
 * The day is the reception day in the province's calendar zone, not the server's.
 */
public final class RuleSetOfReception {
    static final LocalDate DECREE_61_2018_FROM = LocalDate.of(2018, 6, 21);
    static final LocalDate DECREE_118_2025_FROM = LocalDate.of(2025, 7, 1);

    private RuleSetOfReception() {
    }

    /** @throws IllegalArgumentException for a day before Decree 61/2018: this platform has no rules for it */
    public static RuleSet on(LocalDate receptionDay) {
        if (receptionDay.isBefore(DECREE_61_2018_FROM)) {
            throw new IllegalArgumentException("no one-stop rule set of this platform covers " + receptionDay
                    + " (Decree 61/2018 applies from " + DECREE_61_2018_FROM + ")");
        }
        return receptionDay.isBefore(DECREE_118_2025_FROM) ? RuleSet.DECREE_61_2018 : RuleSet.DECREE_118_2025;
    }
}
