package vn.motcua.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Issue 15: the applicant looks a returned dossier up with the receipt's code and secret, follows the link to rate
 * it (no sign-in: the lookup's rating ticket is held in the page's memory, never in the address), rates the nine
 * contents of Decree 118/2025 Art. 33 cl. 1 and is thanked; rating it again is refused in Vietnamese. The page
 * passes axe-core's WCAG 2.1 A/AA rules.
 */
@ExtendWith(BrowserTest.class)
class RatingIT {
    /** evaluation-service learns of the return from dossier-service's events: a moment after the desk's click. */
    private static final Duration PROJECTION_LAG = Duration.ofSeconds(30);

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void anApplicantRatesAReturnedDossierOnceFromTheLookup(ConsoleBrowser browser) {
        String[] dossier = returnedAtTheDesk();
        String code = dossier[0];
        String secret = dossier[1];

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/#/tra-cuu");
            page.getByLabel("Mã hồ sơ").fill(code);
            page.getByLabel("Mã tra cứu").fill(secret);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
            assertThat(page.locator(".lookup-result .badge-status")).hasText("Đã trả kết quả");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá việc giải quyết hồ sơ"))
                    .click();

            assertThat(page.locator("h1")).hasText("Đánh giá việc giải quyết hồ sơ");
            assertThat(page.locator("main")).containsText(code);
            assertThat(page.locator("fieldset.rating-content")).hasCount(9);
            assertThat(page.url()).doesNotContain("v1.").doesNotContain(secret);
            assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA violations on the rating page").isEmpty();

            // nothing chosen: the page asks for one content before calling the service
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
            assertThat(page.locator("#rating-missing")).isVisible();

            choose(page, "Thời gian giải quyết so với quy định", "Rất hài lòng");
            choose(page, "Thái độ của cán bộ, công chức", "Hài lòng");
            choose(page, "Số lần phải liên hệ", "Không hài lòng");
            page.getByLabel("Ý kiến khác (không bắt buộc)").fill("Cán bộ hướng dẫn tận tình");
            Locator answer = submitOnceReturnIsKnown(page);
            assertThat(answer).containsText("Cảm ơn bạn đã đánh giá");
            assertThat(answer.locator(".rating-summary li")).hasCount(3);
            assertThat(answer.locator(".rating-summary"))
                    .containsText("Thời gian giải quyết so với quy định: Rất hài lòng");
            assertThat(answer.locator(".rating-summary")).containsText("Số lần phải liên hệ: Không hài lòng");
            ConsoleBrowser.screenshot(page, "rating");
            assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA violations after rating").isEmpty();

            // a second rating (other choices) is refused: a dossier is rated once
            choose(page, "Thời gian giải quyết so với quy định", "Không hài lòng");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
            assertThat(page.locator("#rating-answer [role=alert]")).containsText("Hồ sơ đã đánh giá");
            assertThat(page.locator("#rating-answer [role=alert]"))
                    .containsText("Mỗi hồ sơ chỉ được đánh giá một lần");
        }
    }

    @Test
    void withoutALookupThePageSendsTheApplicantToIt(ConsoleBrowser browser) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/#/danh-gia-ho-so");
            assertThat(page.locator("h1")).hasText("Đánh giá việc giải quyết hồ sơ");
            assertThat(page.locator("form")).hasCount(0);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tra cứu hồ sơ").setExact(true))
                    .last().click();
            assertThat(page.locator("h1")).hasText("Tra cứu tình trạng hồ sơ");
        }
    }

    private static void choose(Page page, String content, String score) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(content))
                .getByLabel(score, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    /**
     * Sends the rating; while evaluation-service has not yet heard of the return (its projection follows dossier
     * events), the page says "Chưa thể đánh giá" and the applicant sends it again, as a person would.
     */
    private static Locator submitOnceReturnIsKnown(Page page) {
        Locator answer = page.locator("#rating-answer > *");
        Instant until = Instant.now().plus(PROJECTION_LAG);
        while (true) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
            answer.first().waitFor();
            if (!answer.first().textContent().contains("Chưa thể đánh giá") || Instant.now().isAfter(until)) {
                return answer.first();
            }
            page.waitForTimeout(500);
        }
    }

    /** Received at the desk, handed over to QLCN, resolved by xuly.ls, returned at the desk; its code and secret. */
    private String[] returnedAtTheDesk() {
        String desk = api.login("tiepnhan.ls");
        Api.Reply received = api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"1.004227","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"Hoàng Văn Nam","idNumber":"020190001237"}}""",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String dossier = gw + "/api/dossiers/" + received.text("id");
        for (Api.Reply step : new Api.Reply[] {
                api.post(dossier + "/hand-over", desk, "{\"toUnit\":\"QLCN\"}"),
                api.post(dossier + "/resolve", api.login("xuly.ls"), null),
                api.post(dossier + "/return", desk, "{\"method\":\"DESK\"}")}) {
            assertThat(step.status()).as(step.body()).isEqualTo(200);
        }
        return new String[] {received.text("code"), received.json().at("/receipt/lookupSecret").asText()};
    }
}
