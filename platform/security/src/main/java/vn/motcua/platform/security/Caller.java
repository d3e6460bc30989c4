package vn.motcua.platform.security;

import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.events.ProvinceCode;

/**
 * Who is calling, read once from a verified token: the name the platform records as the actor, the province,
 * agency and unit the realm puts in the token (user profile attributes, or a portal client's hardcoded
 * claims), and the realm roles. Every rule about who may reach what takes this value, never raw claims.
 *
 * @param name      the actor recorded in logs and action logs ({@code preferred_username}; a portal's service
 *                  account is {@code service-account-portal-20})
 * @param province  the caller's province; empty for national roles and anonymous callers
 * @param agency    cơ quan (e.g. {@code SKHCN-20}) for officers of one agency
 * @param unit      phòng / đơn vị within the agency, for unit leads and processing officers
 * @param roles     realm roles ({@link Roles})
 */
public record Caller(String name, Optional<ProvinceCode> province, Optional<String> agency, Optional<String> unit,
        Set<String> roles) {
    public static final String PROVINCE_CLAIM = "province";
    public static final String AGENCY_CLAIM = "agency";
    public static final String UNIT_CLAIM = "unit";

    /** Nobody: no token, or a unit of work outside a request (a consumer acts as a province, not a caller). */
    public static final Caller ANONYMOUS = new Caller("anonymous", Optional.empty(), Optional.empty(),
            Optional.empty(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * Reads the claims of a verified token. A province claim that is not two digits is treated as absent, so a
     * malformed token fails closed (it reaches no province's rows) instead of failing open or with a 500.
     */
    public static Caller fromClaims(String name, Function<String, Object> claims, Set<String> roles) {
        return new Caller(name,
                text(claims.apply(PROVINCE_CLAIM)).filter(ProvinceCode::isValid).map(ProvinceCode::new),
                text(claims.apply(AGENCY_CLAIM)), text(claims.apply(UNIT_CLAIM)), roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isNational() {
        return has(Roles.NATIONAL_AUDITOR);
    }

    /**
     * A claim as plain text: JSON-P gives {@code JsonString} (whose {@code toString()} keeps the quotes), other
     * token libraries give {@code String}; blank counts as absent.
     */
    static Optional<String> text(Object claim) {
        String value = claim instanceof JsonString s ? s.getString() : claim instanceof String s ? s : null;
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
