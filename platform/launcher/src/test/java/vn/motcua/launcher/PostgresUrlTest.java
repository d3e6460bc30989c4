package vn.motcua.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresUrlTest {

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://localhost:55432, jdbc:postgresql://localhost:55432",
            "jdbc:postgresql://db:5432/postgres, jdbc:postgresql://db:5432",
            "jdbc:postgresql://db:5432?ssl=true, jdbc:postgresql://db:5432",
            "jdbc:postgresql://db:5432/x?ssl=true, jdbc:postgresql://db:5432",
    })
    void keepsOnlyTheServer(String given, String base) {
        assertThat(PostgresUrl.base(given)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({"catalog", "dossier"})
    void eachServiceGetsItsOwnDatabase(String db) {
        assertThat(PostgresUrl.database("jdbc:postgresql://localhost:55432", db))
                .isEqualTo("jdbc:postgresql://localhost:55432/" + db);
    }
}
