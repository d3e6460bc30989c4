package vn.motcua.platform.security;

import java.util.Optional;
import vn.motcua.events.ProvinceCode;

/**
 * The part of a province's case files (hồ sơ) a caller may see: the whole province, one agency, one unit of an
 * agency, only what the caller itself submitted, or nothing. A read is allowed when {@link #admits} holds; a
 * list is filtered by the same scope, so what a caller lists and what it may open never differ.
 */
public sealed interface CaseScope {
    /** Whether a case file held by {@code holder} is inside this scope. */
    boolean admits(Holder holder);

    /** Who holds a case file: its province, the agency that resolves it, its unit if assigned, who filed it. */
    record Holder(ProvinceCode province, String agency, Optional<String> unit, String submittedBy) {
    }

    record Province(ProvinceCode province) implements CaseScope {
        @Override
        public boolean admits(Holder h) {
            return province.equals(h.province());
        }
    }

    record Agency(ProvinceCode province, String agency) implements CaseScope {
        @Override
        public boolean admits(Holder h) {
            return province.equals(h.province()) && agency.equals(h.agency());
        }
    }

    /** A unit lead sees the unit's files; a file not yet assigned to a unit is not the unit's. */
    record Unit(ProvinceCode province, String agency, String unit) implements CaseScope {
        @Override
        public boolean admits(Holder h) {
            return province.equals(h.province()) && agency.equals(h.agency()) && h.unit().filter(unit::equals).isPresent();
        }
    }

    /** A portal or a citizen: what it submitted, and nothing filed at the desk or by another portal. */
    record OwnSubmissions(ProvinceCode province, String submittedBy) implements CaseScope {
        @Override
        public boolean admits(Holder h) {
            return province.equals(h.province()) && submittedBy.equals(h.submittedBy());
        }
    }

    record Nothing() implements CaseScope {
        @Override
        public boolean admits(Holder h) {
            return false;
        }
    }
}
