package vn.motcua.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.events.ProvinceCode;
import vn.motcua.reporting.domain.form.FormCode;

/** Stand-in until the corrections service is merged: no correction recorded. */
@DefaultBean
@ApplicationScoped
public class NoCorrections implements Corrections {
    @Override
    public List<Correction> inForce(ProvinceCode province, FormCode form, String periodLabel, String agency) {
        return List.of();
    }
}
