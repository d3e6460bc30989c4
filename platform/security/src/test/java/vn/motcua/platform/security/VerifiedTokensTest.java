package vn.motcua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifiedTokensTest {
    private static final long EXP = 1_800_000_000L;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(EXP - 300));
    private final InstantSource clock = now::get;

    @ParameterizedTest(name = "exp {0}, skew {1} s, asked at exp{2}: {3}")
    @CsvSource({
            // as jose4j: refused once now >= exp + skew
            "1800000000, 0,  -1, found",
            "1800000000, 0,   0, gone",
            "1800000000, 0,  +1, gone",
            "1800000000, 30, 29, found",
            "1800000000, 30, 30, gone",
    })
    void anEntryIsServedOnlyWhileTheVerifierWouldStillAcceptTheToken(long exp, long skew, String offset,
            String expected) {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, skew, clock);
        tokens.remember("h.p.s", "identity", exp);

        now.set(Instant.ofEpochSecond(exp + Long.parseLong(offset)).plusMillis(500));

        assertThat(tokens.find("h.p.s") == null ? "gone" : "found").isEqualTo(expected);
    }

    @Test
    void anExpiredEntryIsDroppedNotKept() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, 0, clock);
        tokens.remember("h.p.s", "identity", EXP);
        now.set(Instant.ofEpochSecond(EXP));

        assertThat(tokens.find("h.p.s")).isNull();
        assertThat(tokens.size()).isZero();
        // the clock going back (NTP) does not bring it back
        now.set(Instant.ofEpochSecond(EXP - 100));
        assertThat(tokens.find("h.p.s")).isNull();
    }

    @Test
    void aTokenAlreadyPastItsEndIsNotKept() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, 0, clock);
        now.set(Instant.ofEpochSecond(EXP + 1));

        tokens.remember("h.p.s", "identity", EXP);

        assertThat(tokens.size()).isZero();
    }

    @Test
    void theSameClaimsWithAnotherSignatureAreAnotherKey() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, 0, clock);
        tokens.remember("header.payload.signature", "identity", EXP);

        assertThat(tokens.find("header.payload.signaturf")).isNull();
        assertThat(tokens.find("header.payload.")).isNull();
        assertThat(tokens.find("header.payload")).isNull();
        assertThat(tokens.find("header.payload.signature")).isEqualTo("identity");
    }

    @Test
    void theLeastRecentlyUsedTokenGoesFirstWhenFull() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(2, 0, clock);
        tokens.remember("a", "A", EXP);
        tokens.remember("b", "B", EXP);
        tokens.find("a");

        tokens.remember("c", "C", EXP);

        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("b")).isNull();
        assertThat(tokens.find("a")).isEqualTo("A");
        assertThat(tokens.find("c")).isEqualTo("C");
    }
}
