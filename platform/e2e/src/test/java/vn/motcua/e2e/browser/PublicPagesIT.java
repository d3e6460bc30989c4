package vn.motcua.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * The public pages as an anonymous visitor uses them (no sign-in): the province's catalogue searched without
 * accents, one procedure's terms, and the dossier status lookup with the receipt's code and secret, which shows
 * the status and dates but no personal data, and one neutral message for a wrong secret. The demo catalogue of
 * Lạng Sơn (catalogue-20.csv) is what the launcher loads.
 */
@ExtendWith(BrowserTest.class)
class PublicPagesIT {
    /**
     * The public lookup allows 10 lookups a minute per address (LookupConfig), and every IT calls from 127.0.0.1:
     * this class makes about 9, so the next IT to look a dossier up (LifecycleIT) waits out the minute first.
     */
    private static final Duration LOOKUP_WINDOW = Duration.ofSeconds(62);
    private static Instant firstLookup;

    @BeforeAll
    static void startTheLookupWindow() {
        firstLookup = Instant.now();
    }

    @AfterAll
    static void letTheLookupWindowPass() throws InterruptedException {
        Duration left = Duration.between(Instant.now(), firstLookup.plus(LOOKUP_WINDOW));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String X_RAY = "Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn"
            + " đoán trong y tế)";

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void aVisitorFindsAProcedureWithoutAccentsAndReadsItsTerms(ConsoleBrowser browser) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/#/");
            page.getByLabel("Danh mục thủ tục hành chính của tỉnh, thành phố").selectOption("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem danh mục")).click();
            assertThat(page.locator("h1")).hasText("Danh mục thủ tục hành chính Tỉnh Lạng Sơn");

            page.getByLabel("Tên thủ tục").fill("cap giay phep x quang");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
            Locator table = page.locator("#results table");
            assertThat(table.locator("caption")).containsText("Tìm thấy 1 thủ tục");
            assertThat(table.locator("tbody tr")).hasCount(1);
            Locator row = table.locator("tbody tr").first();
            assertThat(row.locator("td[data-label='Mã thủ tục']")).hasText("1.003845");
            assertThat(row.locator("td[data-label='Lĩnh vực']")).hasText("An toàn bức xạ và hạt nhân");
            assertThat(row.locator("td[data-label='Cơ quan giải quyết']"))
                    .hasText("Sở Khoa học và Công nghệ tỉnh Lạng Sơn");
            assertThat(row.locator("td[data-label='Mức độ trực tuyến']")).hasText("Dịch vụ công trực tuyến một phần");
            // the search is in the address: a bookmark or Back brings the same result
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#/cong-khai/20\\?q=cap\\+giay\\+phep\\+x\\+quang$"));
            ConsoleBrowser.screenshot(page, "public-catalogue");

            // a word that no name holds: the page says so
            page.getByLabel("Tên thủ tục").fill("khong co thu tuc nao nhu the");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
            assertThat(page.locator("#results")).containsText("Không tìm thấy thủ tục nào phù hợp");
            page.goBack();
            assertThat(table.locator("tbody tr")).hasCount(1);

            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(X_RAY)).click();
            assertThat(page.locator("h1")).hasText(X_RAY);
            assertThat(page.locator("dl.facts")).containsText("1.003845");
            assertThat(page.locator("dl.facts")).containsText("Một cửa");
            Locator cases = page.locator("table").first();
            assertThat(cases.locator("tbody tr").first()).containsText("Cấp mới");
            assertThat(cases.locator("tbody tr").first()).containsText("11 ngày làm việc");
            assertThat(page.locator("ol.papers li").first()).hasText("Đơn đề nghị cấp giấy phép");
            assertThat(page.locator("main")).containsText("2.000.000 đồng");
            assertThat(page.locator("main")).containsText(
                    "Trực tiếp tại Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn.");
            assertThat(page.locator("main")).containsText(
                    "Quyết định số 1094/QĐ-UBND ngày 20/06/2025 của Chủ tịch UBND tỉnh Lạng Sơn");
            assertThat(page.locator("dl.facts")).containsText("có hiệu lực từ ngày 01/07/2025");
            ConsoleBrowser.screenshot(page, "public-procedure");

            // the field filter alone: every procedure of the field, and only those
            int radiation = api.get(gw + "/api/catalog/public/20/procedures?field=G19-ATBX&size=100", null).json()
                    .get("total").asInt();
            assertThat(radiation).isGreaterThan(1);
            page.navigate("/#/cong-khai/20");
            page.getByLabel("Lĩnh vực").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("An toàn bức xạ và hạt nhân"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
            assertThat(page.locator("#results caption")).containsText("Tìm thấy " + radiation + " thủ tục");
            assertThat(page.locator("#results td[data-label='Lĩnh vực']")).hasCount(radiation);
            assertThat(page.locator("#results td[data-label='Lĩnh vực']", new Page.LocatorOptions()
                    .setHasText("An toàn bức xạ và hạt nhân"))).hasCount(radiation);
        }
    }

    @Test
    void aVisitorLooksUpADossierByCodeAndSecretAndSeesNoPersonalData(ConsoleBrowser browser) {
        Api.Reply received = receiveAtTheDesk("Nguyễn Thị Lan", "020190001236");
        String code = received.text("code");
        String secret = received.json().at("/receipt/lookupSecret").asText();
        String due = APPOINTMENT.format(Instant.parse(received.text("dueAt")).atZone(VIETNAM));
        String receivedAt = APPOINTMENT.format(Instant.parse(received.text("receivedAt")).atZone(VIETNAM));

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/#/");
            page.locator("#nav").getByText("Tra cứu hồ sơ").click();
            assertThat(page.locator("h1")).hasText("Tra cứu tình trạng hồ sơ");
            page.getByLabel("Mã hồ sơ").fill(code);
            page.getByLabel("Mã tra cứu").fill(secret.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();

            Locator result = page.locator(".lookup-result");
            assertThat(result.locator("h2")).hasText("Hồ sơ " + code);
            assertThat(result.locator(".badge-status")).hasText("Đã tiếp nhận");
            assertThat(result.locator("[aria-current=step]")).containsText("Tiếp nhận");
            assertThat(result.locator("dl.facts")).containsText("1.004227");
            assertThat(result.locator("dl.facts")).containsText("Ngày tiếp nhận" + receivedAt);
            assertThat(result.locator("dl.facts")).containsText("Ngày hẹn trả kết quả" + due);
            assertThat(result.locator("ol.timeline li")).hasCount(1);
            assertThat(result.locator("ol.timeline li strong")).hasText("Tiếp nhận hồ sơ");
            assertThat(result.locator("ol.timeline li .muted")).hasText(receivedAt);
            assertThat(page.locator("main")).not().containsText("Nguyễn Thị Lan");
            assertThat(page.locator("main")).not().containsText("020190001236");
            assertThat(page.locator("main")).not().containsText("tiepnhan.ls");
            // the secret never goes into the address (it would stay in the browser's history)
            assertThat(page.url()).doesNotContain(secret).doesNotContain(secret.toLowerCase());
            ConsoleBrowser.screenshot(page, "lookup");

            // a wrong secret of the right shape: one neutral message, nothing of the dossier
            String wrong = (secret.charAt(0) == '2' ? "3" : "2") + secret.substring(1);
            page.getByLabel("Mã tra cứu").fill(wrong);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
            Locator alert = page.locator("#answer [role=alert]");
            assertThat(alert).containsText("Không tìm thấy hồ sơ");
            assertThat(alert).containsText("Không có hồ sơ nào khớp với mã hồ sơ và mã tra cứu đã nhập.");
            assertThat(page.locator(".lookup-result")).hasCount(0);

            // a secret of the wrong shape is refused beside its field, without asking the service
            page.getByLabel("Mã tra cứu").fill("0000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
            assertThat(page.getByLabel("Mã tra cứu")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#secret-error")).hasText("Mã tra cứu gồm 10 chữ và số, như in trên giấy tiếp nhận");
        }

        // on a phone (375 px): the same lookup works, and the catalogue's rows read as labelled lines
        try (BrowserContext phone = browser.newContext(375, 800)) {
            Page page = phone.newPage();
            page.navigate("/#/tra-cuu");
            page.getByLabel("Mã hồ sơ").fill(code);
            page.getByLabel("Mã tra cứu").fill(secret);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
            assertThat(page.locator(".lookup-result .badge-status")).hasText("Đã tiếp nhận");
            assertNoSidewaysScroll(page);

            page.navigate("/#/cong-khai/20?q=x%20quang");
            Locator first = page.locator("#results tbody tr").first();
            assertThat(first.locator("td[data-label='Tên thủ tục']")).isVisible();
            assertThat(page.locator("#results thead")).isHidden();
            assertNoSidewaysScroll(page);
            first.locator("a").click();
            assertThat(page.locator("h2").first()).hasText("Trường hợp và thời hạn giải quyết");
            assertNoSidewaysScroll(page);
        }
    }

    @Test
    void tooManyWrongSecretsForACodeAreExplained(ConsoleBrowser browser) {
        // no dossier has this code: each try counts as a wrong secret for it; after 5 the service answers 429
        String code = "20-991231-" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(gw + "/api/public/dossiers/" + code + "?secret=AAAAAAAAAA", null).status())
                    .isEqualTo(404);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/#/tra-cuu");
            page.getByLabel("Mã hồ sơ").fill(code);
            page.getByLabel("Mã tra cứu").fill("AAAAAAAAAA");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
            Locator alert = page.locator("#answer [role=alert]");
            assertThat(alert).containsText("Tạm dừng tra cứu");
            assertThat(alert).containsText("hãy thử lại sau 15 phút");
        }
    }

    private Api.Reply receiveAtTheDesk(String name, String idNumber) {
        String desk = api.login("tiepnhan.ls");
        Api.Reply received = api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"1.004227","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"%s","idNumber":"%s"}}""".formatted(name, idNumber),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received;
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than the screen").isLessThanOrEqualTo(0);
    }
}
