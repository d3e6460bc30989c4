package vn.motcua.dossier.service;

import java.util.Objects;
import java.util.Optional;

/**
 * Chuyển xử lý to the next step.
 *
 * @param toUnit    the unit of the next step of the dossier's version
 * @param toOfficer the officer of that unit, when already known; else the unit's lead assigns one
 * @param toAgency  a co-operating agency of an inter-connected procedure (liên thông); empty: the competent one
 */
public record HandOverCommand(String toUnit, Optional<String> toOfficer, Optional<String> toAgency) {
    public HandOverCommand {
        Objects.requireNonNull(toUnit, "toUnit");
        Objects.requireNonNull(toOfficer, "toOfficer");
        Objects.requireNonNull(toAgency, "toAgency");
    }
}
