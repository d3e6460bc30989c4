package vn.motcua.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import vn.motcua.reporting.domain.form.ReportForm;

/**
 * Writes one {@link ReportForm} as a file onto a stream (the HTTP response's, so nothing waits for the whole file
 * in memory but what the format itself needs). Renderers read the form and nothing else: the screen and every
 * file carry the same figures, corrections included.
 */
public interface ReportExport {
    void write(ReportForm form, OutputStream out) throws IOException;
}
