package vn.motcua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguy\u0000n        | contains a control character (U+0000) at position 4
            a\u0007b           | contains a control character (U+0007) at position 1
            a\u0085b           | contains a control character (U+0085) at position 1
            abc\u202Eexe.pdf   | contains a bidirectional override (U+202E) at position 3
            \u2066x\u2069      | contains a bidirectional override (U+2066) at position 0
            x\uFDD0            | contains a non-character (U+FDD0) at position 1
            x\uFFFE            | contains a non-character (U+FFFE) at position 1
            \uD83F\uDFFF       | contains a non-character (U+1FFFF) at position 0
            ab\uD800           | contains a lone surrogate (U+D800) at position 2
            \uDC00ab           | contains a lone surrogate (U+DC00) at position 0
            """)
    void unstorableOrInvisibleCodePointsAreRefusedNamingThem(String text, String message) {
        assertThatThrownBy(() -> TextRules.accept(text)).isInstanceOf(TextRules.Refused.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyê\u0303n Văn A | Nguyễn Văn A
            Nguyễn Văn A       | Nguyễn Văn A
            Tie\u0302\u0301p nha\u0323\u0302n | Tiếp nhận
            emoji 😀 ok        | emoji 😀 ok
            """)
    void decomposedVietnameseIsStoredComposed(String text, String stored) {
        assertThat(TextRules.accept(text)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"'line one\nline two'", "'a\tb'", "'a\r\nb'", "'\u200Fright-to-left mark'"})
    void multiLineTextAndDirectionMarksAreText(String text) {
        assertThat(TextRules.accept(text)).isEqualTo(text);
    }
}
