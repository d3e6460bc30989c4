package vn.motcua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error the gateway answers itself is RFC 9457 problem+json, also those that Vert.x and Quarkus would have
 * answered with an empty body or an HTML page. Over a bare socket, so that paths reach the gateway as written.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstream.class)
class ErrorAnswersTest {
    private static final String LONG = "a".repeat(5000);

    @TestHTTPResource("/")
    URI gateway;

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # method | target                                  | extra header                       | status | type
            POST     | /api/dossiers                           | Content-Length: 20000000           | 413    | payload-too-large
            GET      | /api/catalog/public/LONG                |                                    | 414    | uri-too-long
            GET      | /api/catalog/public/procedures?q=LONG   |                                    | 414    | uri-too-long
            GET      | /api/catalog/public/procedures          | X-Padding: LONGLONGLONGLONGLONG    | 431    | header-fields-too-large
            GET      | /api/catalog/public/%zz                 |                                    | 400    | bad-request-target
            GET      | /api/catalog/public/%C3                 |                                    | 400    | bad-request-target
            GET      | /api/catalog/public/a%00b               |                                    | 400    | bad-request-target
            GET      | /api/catalog/public/a{b                 |                                    | 400    | bad-request-target
            GET      | /api/catalog/public/procedures?q=%G1    |                                    | 400    | bad-request-target
            GET      | /q/nothing-here                         |                                    | 404    | not-found
            GET      | /q/swagger-ui/nothing-here              |                                    | 404    | not-found
            GET      | /nothing-here                           |                                    | 404    | not-found
            GET      | /api/catalog/public/../../q/health      |                                    | 404    | not-found
            GET      | /api/catalog/public/%2e%2e/procedures   |                                    | 404    | not-found
            GET      | /../etc/passwd                          |                                    | 404    | not-found
            GET      | /api/catalog/public/./procedures        |                                    | 404    | not-found
            """)
    void errorIsProblemJson(String method, String target, String header, int status, String type) {
        String headerLine = header == null ? "" : header.replace("LONG", LONG) + "\r\n";
        RawHttp.Answer answer = RawHttp.exchange(gateway, method + " " + target.replace("LONG", LONG)
                + " HTTP/1.1\r\nHost: gateway\r\n" + headerLine + "\r\n");

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().getString("type")).isEqualTo("urn:mot-cua:problem:" + type);
        assertThat(answer.json().getInteger("status")).isEqualTo(status);
        assertThat(answer.header("X-Correlation-Id")).isNotBlank();
    }
}
