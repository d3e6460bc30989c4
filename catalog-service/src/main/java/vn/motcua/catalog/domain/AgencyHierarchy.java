package vn.motcua.catalog.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Agencies form a tree: a Chi cục belongs to its Sở, a Sở to no agency of the register (it answers to the
 * province's People's Committee). Giving an agency a parent that is itself or one of its own descendants would
 * make a loop in which no agency is at the top, so reports by agency could never be rolled up.
 */
public final class AgencyHierarchy {
    private AgencyHierarchy() {
    }

    /**
     * Whether making {@code parent} the parent of {@code agency} closes a loop.
     *
     * @param parentOf the current parent of each agency (by code), empty at the top
     */
    public static boolean closesLoop(String agency, String parent, Function<String, Optional<String>> parentOf) {
        Set<String> seen = new HashSet<>();
        for (String current = parent; current != null; current = parentOf.apply(current).orElse(null)) {
            if (current.equals(agency) || !seen.add(current)) {
                return true;
            }
        }
        return false;
    }
}
