package vn.motcua.evaluation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.evaluation.repository.DossierRow;
import vn.motcua.events.ProvinceCode;
import vn.motcua.platform.tenant.TenantContext;
import vn.motcua.platform.tenant.TenantRunner;

/** platform/commons' TenantRunner: work outside a request runs as the province it names, and only as that. */
@QuarkusTest
class TenantRunnerTest {
    static final ProvinceCode LANG_SON = new ProvinceCode("20");
    static final ProvinceCode CAO_BANG = new ProvinceCode("04");

    @Inject
    TenantRunner tenants;

    @Inject
    TenantContext tenant;

    @Test
    void workRunsAsTheNamedProvince() {
        String[] seen = new String[1];
        tenants.inTransactionAs(CAO_BANG, () -> seen[0] = tenant.require().value());
        assertThat(seen[0]).isEqualTo("04");
    }

    @Test
    void aRowWrittenAsOneProvinceIsStampedWithItAndInvisibleToAnother() {
        UUID dossier = UUID.randomUUID();
        tenants.inTransactionAs(CAO_BANG, () -> {
            DossierRow row = new DossierRow();
            row.dossierId = dossier;
            row.dossierCode = "04-260303-000001";
            row.persist();
        });

        String[] stamped = new String[1];
        tenants.inTransactionAs(CAO_BANG,
                () -> stamped[0] = DossierRow.<DossierRow>findById(dossier).provinceCode);
        assertThat(stamped[0]).isEqualTo("04");
        long[] seenByLangSon = new long[1];
        tenants.inTransactionAs(LANG_SON, () -> seenByLangSon[0] = DossierRow.count("dossierId", dossier));
        assertThat(seenByLangSon[0]).isZero();
    }
}
