package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Số định danh cá nhân, Circular 59/2021/TT-BCA Art. 7 and Phụ lục I; this year is 2026. */
class CitizenIdNumberTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", textBlock = """
            # number,       problem (- when valid)
            020190000123,   -
            # 001 Hà Nội, 096 Cà Mau: the first and last codes of the list
            001085001234,   -
            096301001234,   -
            # 004 Cao Bằng, female, 21st century, born 2003
            004303001234,   -
            # born this year (2026, male 21st century) is possible; next year is not
            020226000001,   -
            020227000001,   year of birth after this year
            # 22nd century (4/5) and later cannot be born yet
            020400000001,   year of birth after this year
            020990000001,   year of birth after this year
            # no province has 003, 097 or 000
            003190000123,   province of birth
            097190000123,   province of birth
            000190000123,   province of birth
            # shape
            02019000012,    12 digits
            0201900001234,  12 digits
            02019000012A,   12 digits
            """)
    void aCitizensIdNumberNamesAProvinceOfBirthAndAPossibleYearOfBirth(String number, String problem) {
        var answer = CitizenIdNumber.problem(number, 2026);
        if (problem == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).get().asString().contains(problem);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            020190000123, Lạng Sơn
            004303001234, Cao Bằng
            079190000123, Hồ Chí Minh
            """)
    void theFirstThreeDigitsNameTheProvinceOfBirthFromTheCircularsList(String number, String province) {
        assertThat(CitizenIdNumber.provinceOfBirth(number)).contains(province);
    }
}
