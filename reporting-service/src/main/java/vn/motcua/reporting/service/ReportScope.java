package vn.motcua.reporting.service;

import java.util.Optional;
import vn.motcua.events.ProvinceCode;

/**
 * Whose figures a caller reads, decided once from the verified {@code Caller} (by {@code ReportAccess}): a province's
 * (province admin; an agency head or unit lead only through their agency), one agency's, or every province's (the
 * national auditor's roll-up). Use cases receive this value and never read claims themselves.
 */
public sealed interface ReportScope {
    record Province(ProvinceCode province) implements ReportScope {
    }

    record Agency(ProvinceCode province, String agency) implements ReportScope {
    }

    record National() implements ReportScope {
    }

    default Optional<ProvinceCode> provinceCode() {
        return switch (this) {
            case Province p -> Optional.of(p.province());
            case Agency a -> Optional.of(a.province());
            case National n -> Optional.empty();
        };
    }

    default Optional<String> agencyCode() {
        return this instanceof Agency a ? Optional.of(a.agency()) : Optional.empty();
    }
}
