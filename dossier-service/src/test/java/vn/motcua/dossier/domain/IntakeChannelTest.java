package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.events.Channel;
import vn.motcua.events.RuleSet;

/** Who brings a dossier by which channel, and what happens to it; Decree 118/2025 Art. 15, Art. 17 cl. 1-3. */
class IntakeChannelTest {
    @ParameterizedTest(name = "{0} by {1}, accept now {2}, under {3}: {4}")
    @CsvSource(textBlock = """
            # bringer, channel,                  acceptNow, rule set,        verdict
            # the desk accepts in front of the applicant (Art. 17 cl. 1c), or only registers to ask or refuse (cl. 1a-b)
            DESK,      DIRECT_CENTRE,            true,      DECREE_118_2025, AcceptAtOnce
            DESK,      DIRECT_AGENCY,            true,      DECREE_61_2018,  AcceptAtOnce
            DESK,      DIRECT_CENTRE,            false,     DECREE_118_2025, Submit
            # the post is registered and answered later, whatever the officer says
            DESK,      POSTAL,                   true,      DECREE_118_2025, Submit
            # online is the applicant's or a portal's, not the desk's
            DESK,      ONLINE_NATIONAL_PORTAL,   true,      DECREE_118_2025, Refused
            DESK,      VNEID,                    true,      DECREE_118_2025, Refused
            # online: acknowledged, accepted within 8 working hours (Art. 17 cl. 2)
            ONLINE,    ONLINE_NATIONAL_PORTAL,   true,      DECREE_118_2025, Submit
            ONLINE,    NATIONAL_SINGLE_WINDOW,   true,      DECREE_118_2025, Submit
            ONLINE,    VNEID,                    true,      DECREE_118_2025, Submit
            ONLINE,    ONLINE_PROVINCIAL_PORTAL, true,      DECREE_61_2018,  Submit
            # provincial portals merged into the national one (Art. 15); VNeID came with 367/2025 amending 118/2025
            ONLINE,    ONLINE_PROVINCIAL_PORTAL, true,      DECREE_118_2025, Refused
            ONLINE,    VNEID,                    true,      DECREE_61_2018,  Refused
            # a portal has no desk and no post office
            ONLINE,    DIRECT_CENTRE,            true,      DECREE_118_2025, Refused
            ONLINE,    POSTAL,                   true,      DECREE_118_2025, Refused
            """)
    void eachChannelHasItsBringerAndItsWayIn(IntakeChannel.Bringer bringer, Channel channel, boolean acceptNow,
            RuleSet ruleSet, String verdict) {
        assertThat(IntakeChannel.judge(bringer, channel, acceptNow, ruleSet).getClass().getSimpleName())
                .isEqualTo(verdict);
    }
}
