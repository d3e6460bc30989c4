package vn.motcua.dossier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * When a pending dossier counts as nearing its appointed date, on the worklist and for the sweep's
 * DossierNearingDue: at most this many working hours
 * left. {@code motcua.dossier.nearing-hours.default=8}, and per province, e.g.
 * {@code motcua.dossier.nearing-hours.province."20"=16}.
 */
@ConfigMapping(prefix = "motcua.dossier.nearing-hours")
public interface NearingConfig {
    @WithName("default")
    @WithDefault("8")
    int standard();

    /** By province code: a province that warns earlier or later than the default. */
    Map<String, Integer> province();

    default int hoursFor(String provinceCode) {
        return province().getOrDefault(provinceCode, standard());
    }
}
