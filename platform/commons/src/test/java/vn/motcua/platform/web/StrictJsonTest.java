package vn.motcua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared Jackson configuration, on a plain mapper: what a request body may and may not say. */
class StrictJsonTest {
    enum Channel { DESK, PORTAL }

    record Applicant(String name) {
    }

    record Body(String code, Integer days, Boolean urgent, Channel channel, Applicant applicant, Instant receivedAt,
            LocalDate decidedOn) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aValidBodyIsReadAndItsTextComposed() throws Exception {
        Body body = MAPPER.readValue("""
                {"code":"1.004227","days":10,"urgent":true,"channel":"PORTAL","applicant":{"name":"Nguye\u0302\u0303n"},
                 "receivedAt":"2026-03-02T08:00:00+07:00","decidedOn":"2026-03-05"}""", Body.class);
        assertThat(body.applicant().name()).isEqualTo("Nguyễn");
        assertThat(body.receivedAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(body.channel()).isEqualTo(Channel.PORTAL);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"applicant":{"name":"a\\u0000b"}}             | applicant.name
            {"applicant":{"name":"a\\u202eb"}}             | applicant.name
            {"applicant":{"name":"\\ud800"}}               | applicant.name
            {"days":"10"}                                  | days
            {"urgent":"true"}                              | urgent
            {"urgent":1}                                   | urgent
            {"code":1.004227}                              | code
            {"channel":0}                                  | channel
            {"channel":"0"}                                | channel
            {"channel":"FAX"}                              | channel
            {"receivedAt":1767225600}                      | receivedAt
            {"receivedAt":"1900-01-01T00:00:00Z"}          | receivedAt
            {"receivedAt":"9999-12-31T23:59:59Z"}          | receivedAt
            {"receivedAt":"+1000000000-01-01T00:00:00Z"}   | receivedAt
            {"decidedOn":"1900-01-01"}                     | decidedOn
            {"decidedOn":20260301}                         | decidedOn
            {"days":99999999999}                           | days
            """)
    void wrongTypesAndImplausibleValuesAreRefusedWithTheirPath(String json, String path) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> MAPPER.readValue(json, Body.class));
        assertThat(e).as(json).isNotNull();
        assertThat(e.getPath().stream().map(r -> r.getFieldName()).collect(Collectors.joining("."))).isEqualTo(path);
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        Exception e = catchThrowableOfType(Exception.class,
                () -> MAPPER.readValue("{\"code\":\"1.004227\",\"code\":\"1.000001\"}", Body.class));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("Duplicate field 'code'");
    }
}
