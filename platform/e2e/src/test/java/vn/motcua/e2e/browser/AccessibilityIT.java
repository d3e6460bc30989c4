package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WCAG 2.1 AA (axe-core's A and AA rules: names and labels, contrast, landmarks, ARIA, language) on the console's
 * pages as each role sees them, signed in and not, at a desk monitor's width and a phone's.
 */
@ExtendWith(BrowserTest.class)
class AccessibilityIT {

    private static void assertAccessible(Page page, String hash) {
        page.navigate("/" + hash);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("main h1").first().waitFor();
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA violations on %s", hash).isEmpty();
    }

    @Test
    void thePublicPagesPassForAnyone(ConsoleBrowser browser) {
        Page page = browser.newContext().newPage();
        for (String hash : new String[] {"#/", "#/tra-cuu", "#/cong-khai/20", "#/khong-co-trang-nay"}) {
            assertAccessible(page, hash);
        }
        page.context().close();
    }

    @Test
    void thePublicPagesPassOnAPhone(ConsoleBrowser browser) {
        Page page = browser.newContext(375, 812).newPage();
        for (String hash : new String[] {"#/", "#/tra-cuu", "#/cong-khai/20"}) {
            assertAccessible(page, hash);
        }
        page.context().close();
    }

    @Test
    void theDeskPagesPass(ConsoleBrowser browser) {
        Page page = browser.signIn("tiepnhan.ls");
        for (String hash : new String[] {"#/", "#/tiep-nhan", "#/tiep-nhan/truc-tuyen", "#/xu-ly"}) {
            assertAccessible(page, hash);
        }
        page.context().close();
    }

    @Test
    void theAdministrationPagesPass(ConsoleBrowser browser) {
        Page page = browser.signIn("quantri.ls");
        for (String hash : new String[] {"#/quan-tri/thu-tuc", "#/quan-tri/lich", "#/quan-tri/nhap"}) {
            assertAccessible(page, hash);
        }
        page.context().close();
    }

    @Test
    void aPageOutsideTheRoleSaysSoAccessibly(ConsoleBrowser browser) {
        Page page = browser.signIn("congdan.ls");
        assertAccessible(page, "#/quan-tri/thu-tuc");
        assertThat(page.locator("main h1").innerText()).isEqualTo("Không có quyền truy cập");
        page.context().close();
    }
}
