package vn.motcua.dossier.service;

import java.time.LocalDate;
import java.util.Map;
import vn.motcua.dossier.domain.DigitisationCounter;

/**
 * The counters of {@link DigitisationCounter} over dossiers accepted in {@code [from, to)}.
 *
 * @param agency the agency counted; null when the whole province is
 */
public record DigitisationCounts(LocalDate from, LocalDate to, String agency, Map<DigitisationCounter, Long> counts) {
}
