package vn.motcua.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileAreaTest {
    @Test
    void aSampleCountsForTheFirstAreaOnItsStackInTheIssuesOrder() {
        // a signature check's RSA arithmetic under the OIDC provider, inside Netty's event loop
        assertThat(ProfileArea.of(List.of("java.math.BigInteger", "org.jose4j.jws.JsonWebSignature",
                "io.quarkus.oidc.runtime.OidcProvider", "io.netty.channel.nio.NioEventLoop")))
                .isEqualTo(ProfileArea.TOKEN_CHECKS);
        // the JDBC driver called by Hibernate counts as Hibernate
        assertThat(ProfileArea.of(List.of("org.postgresql.core.v3.QueryExecutorImpl",
                "org.hibernate.sql.exec.internal.JdbcSelectExecutorStandardImpl", "vn.motcua.dossier.Worklist")))
                .isEqualTo(ProfileArea.HIBERNATE);
        assertThat(ProfileArea.of(List.of("org.postgresql.jdbc.PgStatement", "vn.motcua.platform.outbox.Relay")))
                .isEqualTo(ProfileArea.JDBC);
        assertThat(ProfileArea.of(List.of("io.vertx.httpproxy.impl.ReverseProxy", "io.netty.buffer.PooledByteBuf")))
                .isEqualTo(ProfileArea.PROXY);
        assertThat(ProfileArea.of(List.of("org.jboss.logmanager.Logger", "org.hibernate.Session")))
                .isEqualTo(ProfileArea.LOGGING);
        assertThat(ProfileArea.of(List.of("java.util.HashMap", "vn.motcua.dossier.domain.DeadlineClock")))
                .isEqualTo(ProfileArea.OTHER);
    }
}
