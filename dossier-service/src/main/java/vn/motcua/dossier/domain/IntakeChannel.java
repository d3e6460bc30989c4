package vn.motcua.dossier.domain;

import java.util.Objects;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;

/**
 * How a dossier enters by its channel and who brings it (Decree 118/2025 Art. 15, Art. 17 cl. 1-2; Decree
 * 61/2018 Art. 16-17):
 * <ul>
 * <li>at the desk (trực tiếp tại Trung tâm or tại cơ quan) a reception officer checks the papers in front of the
 * applicant and accepts at once (Art. 17 cl. 1c: Giấy tiếp nhận), unless the desk only registers it to ask for
 * papers or refuse it (cl. 1a-b);</li>
 * <li>by post (bưu chính) a reception officer registers what arrived; it is answered later, like an online one;</li>
 * <li>online (a portal, VNeID, the National Single Window) the system acknowledges the submission; an officer
 * accepts, asks for papers or refuses it within 8 working hours (cl. 2), and only the acceptance starts the
 * clock (cl. 3).</li>
 * </ul>
 * Under Decree 118/2025 online dossiers go through the National Public Service Portal (Art. 15: the provincial
 * portals were merged into it), so the provincial portal is refused from 1/7/2025; VNeID is a channel only from
 * Decree 367/2025, which amends Decree 118/2025, so never under Decree 61/2018.
 */
public final class IntakeChannel {
    private IntakeChannel() {
    }

    /** Who brings the dossier: an officer at the desk, or a portal or citizen online. */
    public enum Bringer {
        DESK, ONLINE
    }

    public sealed interface Verdict permits AcceptAtOnce, Submit, Refused {
    }

    /** Tiếp nhận at the desk: accepted now, the clock starts. */
    public record AcceptAtOnce() implements Verdict {
    }

    /** Registered or acknowledged: waits for an officer's acceptance, no clock yet. */
    public record Submit() implements Verdict {
    }

    public record Refused(String reason) implements Verdict {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param acceptNow at the desk, whether the officer accepts now ({@code false}: registers it to ask for papers
     *                  or refuse it)
     * @param ruleSet   the rules of the submission day
     */
    public static Verdict judge(Bringer bringer, Channel channel, boolean acceptNow, RuleSet ruleSet) {
        if (bringer == Bringer.DESK) {
            return switch (channel) {
                case DIRECT_CENTRE, DIRECT_AGENCY -> acceptNow ? new AcceptAtOnce() : new Submit();
                case POSTAL -> new Submit();
                default -> new Refused("an online dossier is submitted by a portal or the applicant, not at the desk");
            };
        }
        if (!channel.online()) {
            return new Refused("a portal or an applicant submits online; the desk and the post are the desk's channels");
        }
        if (channel == Channel.ONLINE_PROVINCIAL_PORTAL && ruleSet == RuleSet.DECREE_118_2025) {
            return new Refused("provincial portals were merged into the National Public Service Portal (Decree"
                    + " 118/2025 Art. 15): submit through ONLINE_NATIONAL_PORTAL");
        }
        if (channel == Channel.VNEID && ruleSet != RuleSet.DECREE_118_2025) {
            return new Refused("VNeID is a channel of Decree 118/2025 as amended by Decree 367/2025, not of Decree"
                    + " 61/2018");
        }
        return new Submit();
    }
}
