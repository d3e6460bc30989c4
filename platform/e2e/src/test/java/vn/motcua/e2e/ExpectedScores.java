package vn.motcua.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The evaluation rules written a second time, as plainly as the legal text reads, so the end-to-end tests compare
 * the service's numbers with an independent computation (Circular 01/2018/TT-VPCP Art. 13 and 15; Decision 766).
 */
public final class ExpectedScores {
    private ExpectedScores() {
    }

    /** Indicator 1 (and 7 without complaints): before the legal due day 2, on it 1, after it 0 (Art. 13). */
    static int byDueDay(LocalDate resolved, LocalDate legalDue) {
        return resolved.isBefore(legalDue) ? 2 : resolved.isEqual(legalDue) ? 1 : 0;
    }

    /** Indicator 3: times the applicant had to come back to complete the dossier: none 2, once 1, more 0. */
    static int contacts(int times) {
        return times == 0 ? 2 : times == 1 ? 1 : 0;
    }

    /** Art. 15 cl. 2: Σ points / dossiers, rounded to one decimal. */
    static BigDecimal mean(List<Integer> points) {
        int sum = points.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(points.size()), 1, RoundingMode.HALF_UP);
    }

    /** Decided at least 5 working days before it took effect (Decision 766 indicator 1.1, provinces). */
    static boolean publishedOnTime(JsonNode version, WorkingDays calendar) {
        LocalDate decided = LocalDate.parse(version.at("/decision/date").asText());
        LocalDate effective = LocalDate.parse(version.path("effectiveFrom").asText());
        return !calendar.after(decided, 5).isAfter(effective);
    }

    /**
     * Indicator 6 of a dossier from the public catalogue's version (Art. 13): published online, complete and on
     * time 2; online only 1.
     */
    static int disclosure(JsonNode version, WorkingDays calendar) {
        boolean complete = !version.path("requiredPapers").isEmpty() && !version.path("caseVariants").isEmpty()
                && !version.at("/decision/number").asText().isBlank();
        return complete && publishedOnTime(version, calendar) ? 2 : 1;
    }

    /** Art. 15 cl. 3, agencies (of 18). */
    static String agencyBand(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(15)) >= 0 ? "XUAT_SAC"
                : total.compareTo(BigDecimal.valueOf(12)) >= 0 ? "TOT"
                : total.compareTo(BigDecimal.valueOf(9)) >= 0 ? "KHA"
                : total.compareTo(BigDecimal.valueOf(6)) >= 0 ? "TRUNG_BINH" : "YEU";
    }

    /** The band of an agency in the words the console shows. */
    public static String agencyBandLabel(BigDecimal total) {
        return switch (agencyBand(total)) {
            case "XUAT_SAC" -> "Xuất sắc";
            case "TOT" -> "Tốt";
            case "KHA" -> "Khá";
            case "TRUNG_BINH" -> "Trung bình";
            default -> "Yếu";
        };
    }

    /** Art. 15 cl. 3, officers. */
    static String officerBand(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(5)) >= 0 ? "OFFICER_FULL"
                : total.compareTo(new BigDecimal("3.5")) >= 0 ? "OFFICER_70" : "OFFICER_BELOW_70";
    }

    /** Decision 766: min(1, ratio / fullAt) × max, two decimals; nothing to count earns the full points. */
    static BigDecimal points766(int numerator, int denominator, String fullAt, int max) {
        if (denominator == 0) {
            return BigDecimal.valueOf(max).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal ratio = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4,
                RoundingMode.HALF_UP);
        BigDecimal share = ratio.divide(new BigDecimal(fullAt), 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return share.multiply(BigDecimal.valueOf(max)).setScale(2, RoundingMode.HALF_UP);
    }
}
