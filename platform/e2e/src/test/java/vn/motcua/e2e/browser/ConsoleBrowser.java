package vn.motcua.e2e.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.motcua.e2e.Endpoints;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, package {@code chromium}) driven by Playwright for Java,
 * against the platform the end-to-end tests start. Playwright's own browser download is switched off: it fails on
 * these machines, and the browser officials use is the system's. One browser per test run; each test opens its
 * own context (cookies, storage), so one official's session never leaks into another's.
 * <p>
 * Contexts speak Vietnamese in Việt Nam's time zone, as a desk's browser would. Screenshots go to
 * {@code target/screenshots/} (kept as test output; the README shows some).
 */
public final class ConsoleBrowser implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Every demo user's password (deploy/keycloak/mot-cua-realm.json). */
    private static final String DEMO_PASSWORD = "demo";
    private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;
    private final String gateway;

    private ConsoleBrowser(Playwright playwright, Browser browser, String gateway) {
        this.playwright = playwright;
        this.browser = browser;
        this.gateway = gateway;
    }

    /** One browser for the whole run, closed when every test is done. */
    public static ConsoleBrowser shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ConsoleBrowser.class, k -> launch(Endpoints.local().gateway()),
                        ConsoleBrowser.class);
    }

    static ConsoleBrowser launch(String gateway) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("no Chromium at " + CHROMIUM + ": install Debian's package "
                    + "(apt-get install chromium), as .ci/run does, or point -De2e.chromium= at one");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // as root (CI) Chromium needs --no-sandbox; the rest keep it off this machine's closed network
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new ConsoleBrowser(playwright, browser, gateway);
    }

    public String gateway() {
        return gateway;
    }

    /** A fresh context: no one signed in, a desk monitor's size, Vietnamese, Asia/Ho_Chi_Minh. */
    public BrowserContext newContext() {
        return newContext(1366, 900);
    }

    public BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(gateway)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(width, height)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /**
     * Signs a demo user in as an official would: the console's "Đăng nhập", the realm's login page, back on the
     * console with the name shown. Returns the page, on the console's home page.
     */
    public Page signIn(String username) {
        Page page = newContext().newPage();
        signIn(page, username);
        return page;
    }

    public static void signIn(Page page, String username) {
        page.navigate("/");
        page.locator("#account a", new Page.LocatorOptions().setHasText("Đăng nhập")).click();
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("#kc-login").click();
        // back on the console, which shows who is signed in
        page.locator("#account .who").waitFor();
    }

    /** A full-page screenshot under target/screenshots/{name}.png. */
    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
