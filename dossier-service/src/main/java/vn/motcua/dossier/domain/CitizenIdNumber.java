package vn.motcua.dossier.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Số định danh cá nhân: the 12 digits of a Vietnamese citizen's personal identification number (Law on
 * Identification 2023 Art. 12), structured by Circular 59/2021/TT-BCA Art. 7: 3 digits of the province (or
 * country) of birth registration, 1 digit of century and sex, 2 of the year of birth, 6 random digits.
 *
 * <p>The province codes are data ({@code applicant/birth-province-codes.csv}, with its source), not a range: 003,
 * 005, ... are no province. The century-and-sex digit is 0/1 for the 20th century (male/female), 2/3 for the
 * 21st, 4/5 for the 22nd, 6/7 for the 23rd, 8/9 for the 24th; with the two year digits it gives the year of birth,
 * which cannot be after this year. What this cannot tell is whether the number was issued: the national
 * population database answers that.
 */
public final class CitizenIdNumber {
    private static final Map<String, String> PROVINCES = load();

    private CitizenIdNumber() {
    }

    /** Why {@code number} is not a citizen's id number, or empty when it may be one. */
    public static Optional<String> problem(String number, int thisYear) {
        if (number == null || !number.matches("[0-9]{12}")) {
            return Optional.of("must be the 12 digits of a personal identification number");
        }
        if (!PROVINCES.containsKey(number.substring(0, 3))) {
            return Optional.of("does not start with the code of a province of birth (Circular 59/2021/TT-BCA)");
        }
        int century = number.charAt(3) - '0';
        int yearOfBirth = 1900 + (century / 2) * 100 + Integer.parseInt(number.substring(4, 6));
        if (yearOfBirth > thisYear) {
            return Optional.of("its 4th to 6th digits give a year of birth after this year");
        }
        return Optional.empty();
    }

    /** The province of birth registration the number names, e.g. "Lạng Sơn" for 020. */
    public static Optional<String> provinceOfBirth(String number) {
        return number == null || number.length() < 3 ? Optional.empty()
                : Optional.ofNullable(PROVINCES.get(number.substring(0, 3)));
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new TreeMap<>();
        try (InputStream in = CitizenIdNumber.class.getResourceAsStream("/applicant/birth-province-codes.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.startsWith("#") && !l.startsWith("code,") && !l.isBlank())
                    .map(l -> l.split(",", 2)).forEach(p -> codes.put(p[0], p[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(codes);
    }
}
