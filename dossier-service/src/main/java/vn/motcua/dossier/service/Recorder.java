package vn.motcua.dossier.service;

import vn.motcua.dossier.repository.Dossier;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Who records a dossier's payments and papers: the one-stop desk of its province (tiếp nhận, Decree 118/2025
 * Art. 17), or the portal that submitted it (online payment and papers, Art. 24, Art. 17 cl. 2). Anyone else
 * learns nothing: the dossier is "not found", as one of another province.
 */
enum Recorder {
    DESK, PORTAL;

    static Recorder of(Caller caller, Dossier d) {
        boolean sameProvince = caller.province().filter(p -> p.value().equals(d.provinceCode)).isPresent();
        if (sameProvince && caller.has(Roles.RECEPTION_OFFICER)) {
            return DESK;
        }
        if (sameProvince && caller.has(Roles.PORTAL) && caller.name().equals(d.submittedBy)) {
            return PORTAL;
        }
        throw ProblemException.notFound("Dossier", d.id.toString());
    }
}
