package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.catalog.repository.ProvinceRegisterEntry;

/**
 * The provinces whose public catalogues anyone may open (no login): the province register as it stands today
 * (Decision 19/2025/QĐ-TTg, 34 units from 01/7/2025), each on its own calendar's today, by code.
 */
@ApplicationScoped
public class PublicProvinces {
    @Inject
    ProvinceToday today;

    /** A province as the public names it: its two-digit code and its name. */
    public record Province(String code, String name) {
    }

    public List<Province> current() {
        return ProvinceRegisterEntry.all().stream().filter(this::inForce)
                .map(p -> new Province(p.code, p.name)).toList();
    }

    private boolean inForce(ProvinceRegisterEntry p) {
        LocalDate day = today.of(p.code);
        return !p.validFrom.isAfter(day) && (p.validTo == null || p.validTo.isAfter(day));
    }
}
