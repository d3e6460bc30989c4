package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Signing in to the console in a real browser against the real realm: the gateway runs the code flow with PKCE and
 * keeps the tokens (backend-for-frontend), each role sees its own menu, the page's calls reach the services as the
 * official, and nothing of one province is reachable from another's session.
 */
@ExtendWith(BrowserTest.class)
class ConsoleSignInIT {
    private final Api api = new Api(Endpoints.local());

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource(delimiter = '|', value = {
            "tiepnhan.ls   | Cán bộ tiếp nhận  | Hoàng Thị Lan    | Tiếp nhận;Hồ sơ trực tuyến;Xử lý hồ sơ | Thủ tục hành chính",
            "xuly.ls       | Cán bộ xử lý      | Nông Văn Minh    | Xử lý hồ sơ                            | Tiếp nhận",
            "truongphong.ls| Lãnh đạo phòng    | Hoàng Văn Thắng  | Xử lý hồ sơ                            | Tiếp nhận",
            "lanhdao.ls    | Lãnh đạo cơ quan  | Vi Đức Hải       | Xử lý hồ sơ                            | Tiếp nhận",
            "quantri.ls    | Quản trị tỉnh     | Lương Văn Hùng   | Thủ tục hành chính;Lịch làm việc;Nhập danh mục | Tiếp nhận",
            "kiemtra.qg    | Kiểm tra toàn quốc| Phạm Phương Thảo | Tra cứu hồ sơ                          | Xử lý hồ sơ",
            "congdan.ls    | Công dân          | Nguyễn Văn An    | Tra cứu hồ sơ                          | Xử lý hồ sơ",
    })
    void eachDemoRoleSignsInSeesItsOwnMenuAndSignsOut(String username, String role, String name, String menu,
            String notInMenu, ConsoleBrowser browser) {
        Page page = browser.signIn(username);
        String who = page.locator("#account .who").innerText();
        assertThat(who).contains(name).contains(role);
        String nav = page.locator("#nav").innerText();
        for (String item : menu.split(";")) {
            assertThat(nav).contains(item.strip());
        }
        assertThat(nav).doesNotContain(notInMenu.strip());
        // the tokens stay with the gateway: the page can read no cookie and holds nothing in storage
        assertThat(page.evaluate("document.cookie")).isEqualTo("");
        assertThat(page.evaluate("localStorage.length + sessionStorage.length")).isEqualTo(0);
        ConsoleBrowser.screenshot(page, "home-" + username.replace('.', '-'));

        page.locator("#account a", new Page.LocatorOptions().setHasText("Đăng xuất")).click();
        page.locator("#account a", new Page.LocatorOptions().setHasText("Đăng nhập")).waitFor();
        assertThat(page.evaluate("fetch('/auth/me').then(r => r.json()).then(me => me.signedIn)")).isEqualTo(false);
        page.context().close();
    }

    @Test
    void thePagesCallsActAsTheSignedInOfficialAndAForeignSiteCannotWrite(ConsoleBrowser browser) {
        Page page = browser.signIn("xuly.ls");
        Object status = page.evaluate("fetch('/api/worklist').then(r => r.status)");
        assertThat(status).isEqualTo(200);

        // the session cookie is sent, but the write comes from another site: refused before any service
        APIResponse forged = page.request().post("/api/dossiers", RequestOptions.create()
                .setHeader("Origin", "http://evil.example")
                .setHeader("Content-Type", "application/json")
                .setData("{}"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).contains("cross-site-request");
        page.context().close();
    }

    @Test
    void anOfficerOfCaoBangReachesNothingOfLangSon(ConsoleBrowser browser) {
        List<String> langSon = dossierIdsOf("tiepnhan.ls");
        assertThat(langSon).isNotEmpty();
        Page page = browser.signIn("xuly.cb");
        for (String id : langSon.subList(0, Math.min(5, langSon.size()))) {
            Object status = page.evaluate("id => fetch('/api/dossiers/' + id).then(r => r.status)", id);
            assertThat(status).as("dossier %s of Lạng Sơn from Cao Bằng's session", id).isIn(403, 404);
        }
        String worklist = (String) page.evaluate(
                "fetch('/api/worklist?size=200').then(r => r.text())");
        for (String id : langSon) {
            assertThat(worklist).doesNotContain("\"" + id + "\"");
        }
        page.context().close();
    }

    private List<String> dossierIdsOf(String username) {
        String token = api.login(username);
        JsonNode list = api.get(api.endpoints().gateway() + "/api/dossiers?size=50", token).json();
        List<String> ids = new ArrayList<>();
        list.forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }
}
