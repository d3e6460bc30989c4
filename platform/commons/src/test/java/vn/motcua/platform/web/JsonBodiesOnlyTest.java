package vn.motcua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodiesOnlyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                    | true
            application/json; charset=utf-8    | true
            Application/JSON;charset="UTF-8"    | true
            application/json; charset=UTF-16    | false
            application/json; charset=ISO-8859-1 | false
            application/json; version=2         | false
            */*                                 | false
            text/plain                          | false
            application/xml                     | false
            application/x-www-form-urlencoded   | false
            not a media type                    | false
            """)
    void onlyJsonInUtf8IsABody(String contentType, boolean accepted) {
        assertThat(JsonBodiesOnly.isJsonUtf8(contentType)).isEqualTo(accepted);
    }
}
