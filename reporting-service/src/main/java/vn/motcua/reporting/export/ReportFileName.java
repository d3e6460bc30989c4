package vn.motcua.reporting.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import vn.motcua.reporting.domain.form.ReportForm;

/**
 * The downloaded file's name, which says what it holds when it lies in a folder of reports:
 * {@code bao-cao_II.06b_20_2026-Q2.xlsx} (form, province code, period label), {@code bao-cao_II.06b_20_SKHCN-20_2026-Q2.pdf}
 * for one agency, {@code bao-cao_II.06b_toan-quoc_2026-Q2.csv} for the national roll-up. Only letters, digits,
 * {@code .}, {@code _} and {@code -} survive (anything else becomes {@code -}), so the name is safe in every file
 * system and in a quoted {@code Content-Disposition} parameter.
 */
public final class ReportFileName {
    static final String NATIONAL = "toan-quoc";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private ReportFileName() {
    }

    public static String of(ReportForm form, ExportFormat format) {
        ReportForm.Scope scope = form.scope();
        StringBuilder name = new StringBuilder("bao-cao_").append(safe(form.form())).append('_');
        if (scope == null || "NATIONAL".equals(scope.kind()) || scope.province() == null) {
            name.append(NATIONAL);
        } else {
            name.append(safe(scope.province()));
            if (scope.agency() != null) {
                name.append('_').append(safe(scope.agency()));
            }
        }
        return name.append('_').append(safe(form.period().label())).append('.').append(format.extension())
                .toString();
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266): the plain name for every client, the encoded
     * one for those that read it (the same here, as the name is ASCII).
     */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String safe(String part) {
        return UNSAFE.matcher(part).replaceAll("-");
    }
}
