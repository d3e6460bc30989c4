package vn.motcua.e2e.browser;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * WCAG 2.1 A and AA checks (labels, names, contrast, landmarks, ARIA, language) by axe-core, run inside the page
 * the official sees. Loaded through the DevTools protocol, so the console's content security policy, which lets no
 * foreign script in, stays as it is.
 */
public final class Accessibility {
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
    private static volatile String source;

    private Accessibility() {
    }

    /** Each violation as "rule: what it asks (selectors of the offending nodes)"; empty when the page passes. */
    public static List<String> violations(Page page) {
        page.evaluate(axeSource());
        Object result = page.evaluate("() => axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => JSON.stringify(r.violations))");
        JsonArray violations = new Gson().fromJson((String) result, JsonArray.class);
        List<String> found = new ArrayList<>();
        for (JsonElement v : violations) {
            JsonObject violation = v.getAsJsonObject();
            List<String> targets = new ArrayList<>();
            for (JsonElement node : violation.getAsJsonArray("nodes")) {
                targets.add(node.getAsJsonObject().get("target").toString());
            }
            found.add(violation.get("id").getAsString() + ": " + violation.get("help").getAsString() + " "
                    + targets.subList(0, Math.min(5, targets.size())));
        }
        return found;
    }

    private static String axeSource() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static String axeVersion() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core is not on the test classpath", e);
        }
    }
}
