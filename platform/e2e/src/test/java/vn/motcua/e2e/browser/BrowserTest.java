package vn.motcua.e2e.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.motcua.e2e.RunningPlatform;

/**
 * For a browser IT: {@code @ExtendWith(BrowserTest.class)} starts the platform (once per run, as every IT shares
 * it) and hands the test a {@link ConsoleBrowser} parameter.
 */
public final class BrowserTest implements BeforeAllCallback, ParameterResolver {
    private final RunningPlatform platform = new RunningPlatform();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        platform.beforeAll(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConsoleBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return ConsoleBrowser.shared(context);
    }

}
