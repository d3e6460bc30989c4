package vn.motcua.reporting.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a form is exported as: XLSX for the officials who work in Excel, PDF to file and sign (OpenCPS #1068,
 * OpenCRVS #4001), CSV for machines (integrations.md §7).
 */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@code xlsx}: the {@code format} query parameter and the file name's extension. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named exactly ({@code xlsx}, {@code pdf}, {@code csv}); anything else is refused, not guessed. */
    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst();
    }

    /** The renderer of this format. */
    public ReportExport renderer() {
        return switch (this) {
            case XLSX -> new XlsxExport();
            case PDF -> new PdfExport();
            case CSV -> new CsvExport();
        };
    }
}
