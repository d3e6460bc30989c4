package vn.motcua.dossier.service;

import java.time.Instant;

/** A paper the applicant already gave: accepted with {@code dossierCode} at {@code acceptedAt}. */
public record ReusablePaper(String code, String name, boolean digitised, String dossierCode, Instant acceptedAt) {
}
