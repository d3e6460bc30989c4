package vn.motcua.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.repository.CatalogueSearchRepository;
import vn.motcua.catalog.service.CatalogueSearchRows.Filters;
import vn.motcua.catalog.service.CatalogueSearchRows.History;
import vn.motcua.catalog.service.CatalogueSearchRows.Page;
import vn.motcua.catalog.service.CatalogueSearchRows.Procedure;
import vn.motcua.catalog.service.CatalogueSearchRows.ResultPage;
import vn.motcua.catalog.service.CatalogueSearchRows.Version;
import vn.motcua.platform.problem.ProblemException;

/**
 * Tra cứu thủ tục hành chính: the public catalogue of a province, for anyone (no login). The province is the one
 * the path names, never a caller's: there is no caller.
 */
@ApplicationScoped
public class CatalogueSearch {
    @Inject
    CatalogueSearchRepository repository;

    @Inject
    ProvinceToday provinceToday;

    /** Today in the province: the default day whose versions in force are listed. */
    @Transactional
    public LocalDate today(String province) {
        return provinceToday.of(province);
    }

    /** {@code query} is NFC text (the resource's input rules); null or blank lists every procedure. */
    public ResultPage search(String province, LocalDate on, String query, Filters filters, int page, int size) {
        Page found = repository.search(province, on, words(query), filters, page, size);
        return new ResultPage(province, on, page, size, found.total(), found.items());
    }

    public History procedure(String province, String code, LocalDate on) {
        Procedure procedure = repository.procedure(province, code)
                .orElseThrow(() -> notFound(province, code));
        List<Version> versions = repository.publishedVersions(province, procedure.id());
        if (versions.isEmpty()) {
            // a procedure still being drafted is not public yet: as unknown as one that does not exist
            throw notFound(province, code);
        }
        Version current = null;
        List<Version> past = new ArrayList<>();
        List<Version> scheduled = new ArrayList<>();
        boolean abolished = procedure.abolishedFrom() != null && !on.isBefore(procedure.abolishedFrom());
        for (Version v : versions) {
            if (on.isBefore(v.effectiveFrom())) {
                scheduled.add(v);
            } else if (v.effectiveTo() != null && !on.isBefore(v.effectiveTo()) || abolished) {
                past.add(v);
            } else {
                current = v;
            }
        }
        return new History(province, procedure.code(), on, procedure.abolishedFrom(), procedure.abolition(), current,
                past, scheduled);
    }

    /**
     * The words of a query: runs of letters, marks and digits, each once, in order. Punctuation separates words
     * ("X-quang" is "x" and "quang", as a citizen types it), so no LIKE wildcard ever reaches the SQL.
     */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : query.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    private static ProblemException notFound(String province, String code) {
        return new ProblemException(404, "not-found", "Procedure not found",
                "Province " + province + " has published no procedure " + code + ".");
    }
}
