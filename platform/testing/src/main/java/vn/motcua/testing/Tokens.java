package vn.motcua.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like the mot-cua Keycloak realm's (realm roles under {@code realm_access.roles}, the
 * {@code province}, {@code agency} and {@code unit} claims, audience {@code mot-cua}), signed by the key of
 * {@code quarkus-test-oidc-server}'s WireMock, or by a foreign key to forge one.
 */
public final class Tokens {
    /** The issuer {@code OidcWiremockTestResource} announces. */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "mot-cua";

    private final String username;
    private final List<String> roles = new ArrayList<>();
    private String province;
    private String agency;
    private String unit;
    private String audience = AUDIENCE;
    private String issuer = ISSUER;
    private Duration lifetime = Duration.ofMinutes(10);
    private Instant issuedAt;

    private Tokens(String username) {
        this.username = username;
    }

    public static Tokens user(String username) {
        return new Tokens(username);
    }

    /** A reception officer (cán bộ tiếp nhận) of the province's Sở KH&CN. */
    public static String receptionOfficer(String province) {
        return user("reception-" + province).roles("reception-officer").province(province)
                .agency("SKHCN-" + province).sign();
    }

    /** A processing officer (cán bộ xử lý) of the province's Sở KH&CN. */
    public static String processingOfficer(String province) {
        return user("processing-" + province).roles("processing-officer").province(province)
                .agency("SKHCN-" + province).sign();
    }

    public static String provinceAdmin(String province) {
        return user("admin-" + province).roles("province-admin").province(province).sign();
    }

    public Tokens roles(String... roles) {
        this.roles.addAll(List.of(roles));
        return this;
    }

    public Tokens province(String province) {
        this.province = province;
        return this;
    }

    public Tokens agency(String agency) {
        this.agency = agency;
        return this;
    }

    public Tokens unit(String unit) {
        this.unit = unit;
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public Tokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** A token issued {@code ago} and valid for {@code lifetime}, e.g. to make one that has expired. */
    public Tokens issued(Instant issuedAt, Duration lifetime) {
        this.issuedAt = issuedAt;
        this.lifetime = lifetime;
        return this;
    }

    public String sign() {
        return claims().jws().keyId("1").sign("privateKey.jwk");
    }

    /** Same claims, signed by a key the identity provider never had. */
    public String signWithForeignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims().jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The forged twin of a signed token: the very same header and claims (byte for byte), signed by a key the
     * identity provider never had, as an attacker who saw the token could make it.
     */
    public static String forgedTwin(String token) {
        String signed = token.substring(0, token.lastIndexOf('.'));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(generator.generateKeyPair().getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JwtClaimsBuilder claims() {
        Instant iat = issuedAt != null ? issuedAt : Instant.now();
        JwtClaimsBuilder b = Jwt.claims()
                .issuer(issuer)
                .subject(username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .issuedAt(iat)
                .expiresAt(iat.plus(lifetime));
        if (audience != null) {
            b.audience(audience);
        }
        if (province != null) {
            b.claim("province", province);
        }
        if (agency != null) {
            b.claim("agency", agency);
        }
        if (unit != null) {
            b.claim("unit", unit);
        }
        return b;
    }
}
