package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names reports print for a province code (Decision 19/2025/QĐ-TTg's 34 units). */
class ProvinceNamesTest {
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "20, Lạng Sơn,    tỉnh Lạng Sơn",
            "04, Cao Bằng,    tỉnh Cao Bằng",
            "01, Hà Nội,      thành phố Hà Nội",
            "79, Hồ Chí Minh, thành phố Hồ Chí Minh",
            "99, 99,          tỉnh 99",
    })
    void names(String code, String shortName, String withKind) {
        assertThat(ProvinceNames.shortName(code)).isEqualTo(shortName);
        assertThat(ProvinceNames.withKind(code)).isEqualTo(withKind);
    }
}
