package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Evaluation in the console (issue 15), as officials read it in a browser: the agency head of Sở Khoa học và Công
 * nghệ Lạng Sơn opens his agency's scorecard for the demo quarter (Circular 01/2018/TT-VPCP Art. 13-15) with its
 * ranking in words, the dossiers behind it and one dossier's own "Đánh giá"; a processing officer sees only his
 * own; the national auditor picks Cao Bằng; the Decision 766 index shows its five groups. Every page passes axe.
 * <p>
 * The demo quarter is the last completed calendar quarter before today (the launcher's DemoQuarter), so the
 * period label is computed the same way here; the numbers it yields depend on the generated history, so the test
 * asserts the words an official reads and the shapes the law fixes (five groups, the kinds of each role).
 */
@ExtendWith(BrowserTest.class)
class ScorecardsIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();
    private static final List<String> AGENCY_BANDS = List.of("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");

    /** The demo quarter as the API labels it: the calendar quarter before the current one. */
    private static String demoQuarter() {
        LocalDate inPrevious = LocalDate.now(VIETNAM).withDayOfMonth(1)
                .minusMonths((LocalDate.now(VIETNAM).getMonthValue() - 1) % 3).minusDays(1);
        return inPrevious.getYear() + "-Q" + ((inPrevious.getMonthValue() - 1) / 3 + 1);
    }

    /** Lạng Sơn cuts its reporting periods on the 15th (Decree 09/2019/NĐ-CP Art. 12; the catalogue's seed). */
    private static final int LANG_SON_CUTOFF = 15;

    /** The quarter of today as a province cutting on {@code cutoff} labels it (a day from the cut-off on is the next). */
    private static String quarterOfToday(int cutoff) {
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate shifted = cutoff > 1 && today.getDayOfMonth() >= cutoff ? today.plusMonths(1) : today;
        return shifted.getYear() + "-Q" + ((shifted.getMonthValue() - 1) / 3 + 1);
    }

    /** A dossier of 1.004227 received at the desk, processed by xuly.ls, approved and returned now; its code. */
    private String resolvedAndReturnedToday() {
        String desk = api.login("tiepnhan.ls");
        String lead = api.login("truongphong.ls");
        String officer = api.login("xuly.ls");
        Api.Reply received = api.post(gw + "/api/dossiers", desk, """
                {"procedureCode":"1.004227","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"Hoàng Văn Đánh","idNumber":"020190008881","phone":"0912888111"}}""",
                Map.of("Idempotency-Key", "scorecards-it-" + UUID.randomUUID()));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String dossier = gw + "/api/dossiers/" + received.text("id");
        for (String[] step : new String[][] {{"hand-over", desk, "{\"toUnit\":\"QLCN\"}"},
                {"assign", lead, "{\"officer\":\"xuly.ls\"}"},
                {"resolve", officer, "{\"outcome\":\"APPROVED\",\"resultReference\":\"15/GCN-SKHCN\"}"},
                {"return", desk, "{\"method\":\"DESK\"}"}}) {
            Api.Reply done = api.post(dossier + "/" + step[0], step[1], step[2]);
            assertThat(done.status()).as(step[0] + ": " + done.body()).isEqualTo(200);
        }
        return received.text("code");
    }

    /**
     * The components' row of the dossier: the evaluation reads the dossier's events from Kafka, so the page is read
     * again until the row is there (a wait for the pipeline, not a timed assertion).
     */
    private static Locator waitForComponent(Page page, String code) {
        Locator row = page.locator("table.components tbody tr", new Page.LocatorOptions().setHasText(code));
        Locator settled = page.locator("#components table, #components .empty, #components [role='alert']");
        for (int attempt = 0; attempt < 60; attempt++) {
            settled.first().waitFor();
            if (row.count() > 0) {
                break;
            }
            page.waitForTimeout(1000);
            page.reload();
        }
        assertThat(row.count()).as("the dossier %s among the scorecard's components", code).isEqualTo(1);
        return row;
    }

    private static void assertAccessible(Page page, String where) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA on %s", where).isEmpty();
    }

    /**
     * The scorecard as an official reads it: "T / M điểm" where T is the sum of the scored rows' scores (one
     * decimal each, Art. 15 cl. 2) and M twice their number; the band the law's word for T (Art. 15 cl. 3).
     */
    private static void assertConsistent(Locator card) {
        String total = card.locator("#scorecard-total").innerText();
        assertThat(total).matches("[0-9]+(,[0-9])? / [0-9]+ điểm");
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        int scored = 0;
        for (String score : card.locator("table.indicators tbody tr td[data-label='Điểm']").allInnerTexts()) {
            if (score.matches("[0-9]+(,[0-9])?")) {
                sum = sum.add(new java.math.BigDecimal(score.replace(',', '.')));
                scored++;
            }
        }
        assertThat(scored).as("scored rows of " + card.innerText()).isPositive();
        java.math.BigDecimal shown = new java.math.BigDecimal(total.substring(0, total.indexOf(' ')).replace(',', '.'));
        assertThat(shown).isEqualByComparingTo(sum);
        assertThat(total).endsWith(" / " + 2 * scored + " điểm");
        assertThat(card.locator("#scorecard-band .badge").innerText())
                .isEqualTo(vn.motcua.e2e.ExpectedScores.agencyBandLabel(shown));
    }

    private static List<String> tabs(Page page) {
        page.locator("nav.tabs a").first().waitFor();
        return page.locator("nav.tabs a").allInnerTexts();
    }

    @Test
    void theAgencyHeadReadsHisAgencysScorecardItsDossiersAndOneDossiersEvaluation(ConsoleBrowser browser) {
        // a dossier of today, received, processed and returned through the API: the evaluation counts it in Lạng
        // Sơn's quarter of today, with its officer (the demo quarter's dossiers are imported: no officer is known)
        String code = resolvedAndReturnedToday();

        Page page = browser.signIn("lanhdao.ls");
        assertThat(page.locator("#nav a").allInnerTexts()).contains("Đánh giá");
        page.navigate("/#/danh-gia?kind=AGENCY&period=" + demoQuarter());
        assertThat(tabs(page)).containsExactly("Cơ quan", "Phòng", "Cán bộ", "Tỉnh");
        assertThat(page.locator("nav.tabs a[aria-current='page']").innerText()).isEqualTo("Cơ quan");
        // the ranking of the agencies he may see: his own, opened at once
        Locator ranking = page.locator("table.ranking");
        ranking.waitFor();
        assertThat(ranking.locator("thead").innerText()).contains("Điểm / tối đa", "Xếp loại", "Số hồ sơ");
        assertThat(ranking.locator("tbody").innerText()).contains("SKHCN-20");
        Locator card = page.locator("section.scorecard");
        card.waitFor();
        assertThat(card.locator("#h-card").innerText()).startsWith("Bảng điểm:").contains("SKHCN-20");
        assertThat(card.innerText()).contains("Tổng điểm", "Xếp loại", "Số hồ sơ", "Σ điểm / số hồ sơ",
                "Nội dung do cơ quan tự nhập", "Không có dữ liệu");
        // the demo quarter, imported from the old system: indicators 1, 3, 4, 6, 7 from its dossiers' history, 5, 8
        // and 9 of the agency; 2 has no data (the old system's steps are unknown). The numbers themselves are
        // checked against an independent count in EvaluationQuarterIT; here the page must show them consistently:
        // the total is the sum of the rows, the band is the law's word for it (Art. 15 cl. 3)
        assertConsistent(card);
        // all nine indicators of an agency (Art. 15 cl. 1), each scored or said to have no data
        assertThat(card.locator("table.indicators tbody tr").count()).isEqualTo(9);
        assertThat(card.locator("table.indicators tbody tr[data-indicator='1']").innerText())
                .startsWith("1. Tổng thời gian giải quyết").contains("hồ sơ");
        assertThat(card.locator("table.indicators tbody tr[data-indicator='2']").innerText())
                .contains("Không có dữ liệu");
        assertThat(page.url()).contains("kind=AGENCY", "period=" + demoQuarter());

        // today's quarter, chosen in the period picker: the dossier is among those behind the scorecard
        String quarter = quarterOfToday(LANG_SON_CUTOFF);
        page.locator("#p-period").selectOption(quarter);
        page.locator("#period-form button[type='submit']").click();
        page.waitForURL("**period=" + quarter + "**");
        Locator row = waitForComponent(page, code);
        assertThat(page.locator("table.components thead").innerText()).contains("Mã hồ sơ", "Ngày giải quyết",
                "Chỉ tiêu 1");
        assertThat(card.locator("#scorecard-band .badge").innerText()).isIn(AGENCY_BANDS);
        ConsoleBrowser.screenshot(page, "scorecard");
        assertAccessible(page, "the agency's scorecard");
        page.setViewportSize(375, 812);
        assertAccessible(page, "the agency's scorecard at 375 px");
        page.setViewportSize(1366, 900);

        // its code opens the dossier, whose page has its own evaluation: resolved the day it was received, early
        row.locator("a", new Locator.LocatorOptions().setHasText(code)).click();
        page.locator("h1", new Page.LocatorOptions().setHasText("Hồ sơ " + code)).waitFor();
        Locator evaluation = page.locator("section[aria-labelledby='h-evaluation']");
        assertThat(evaluation.locator("h2").innerText()).isEqualTo("Đánh giá");
        assertThat(evaluation.locator("#evaluation-status").innerText()).isEqualTo("Đã đánh giá");
        assertThat(evaluation.innerText()).contains("Điểm của hồ sơ theo từng chỉ tiêu", "Cán bộ xuly.ls");
        assertThat(evaluation.locator("table.evaluation").first().locator("tr[data-indicator='1'] td").first()
                .innerText()).isEqualTo("2");
        assertAccessible(page, "a dossier with its evaluation");

        // the same agency over the last eight quarters: a chart and its table
        page.navigate("/#/danh-gia/bieu-do?kind=AGENCY&subject=SKHCN-20");
        page.locator("svg#history-chart").waitFor();
        assertThat(page.locator("table.history tbody tr").count()).isEqualTo(8);
        assertThat(page.locator("svg#history-chart title").textContent()).contains("SKHCN-20");
        assertThat(page.locator("svg#history-chart .chart-reference text").allTextContents())
                .contains("Tối đa 18", "Xuất sắc từ 15", "Tốt từ 12", "Khá từ 9", "Trung bình từ 6");
        assertAccessible(page, "the chart over eight quarters");
        page.context().close();
    }

    @Test
    void theIndexOfDecision766ShowsItsFiveGroups(ConsoleBrowser browser) {
        Page page = browser.signIn("lanhdao.ls");
        page.navigate("/#/danh-gia/chi-so-766?scope=AGENCY&subject=SKHCN-20&period=" + demoQuarter());
        Locator table = page.locator("table.index766");
        table.waitFor();
        assertThat(table.locator("tr.group-row th").allInnerTexts()).containsExactly(
                "1. Công khai, minh bạch", "2. Tiến độ, kết quả giải quyết", "3. Cung cấp dịch vụ trực tuyến",
                "4. Số hóa hồ sơ", "5. Mức độ hài lòng");
        assertThat(page.locator("svg#index766-chart rect.chart-track").count()).isEqualTo(5);
        assertThat(table.locator("thead").innerText()).contains("Tử số", "Mẫu số", "Tỷ lệ", "Điểm", "Cách tính");
        // the demo catalogue's procedures in force (11, and those other tests publish with an early date): all
        // published on time (1.1, 4 of 4); at least 81,8 % of them online (3.1, full points from 80 %)
        Locator published = table.locator("tr[data-code='1.1']");
        assertThat(published.locator("td[data-label='Tử số']").innerText())
                .isEqualTo(published.locator("td[data-label='Mẫu số']").innerText());
        assertThat(Integer.parseInt(published.locator("td[data-label='Mẫu số']").innerText())).isGreaterThanOrEqualTo(11);
        assertThat(published.locator("td[data-label='Điểm']").innerText()).isEqualTo("4 / 4");
        Locator online = table.locator("tr[data-code='3.1']");
        assertThat(online.locator("td[data-label='Điểm']").innerText()).isEqualTo("6 / 6");
        // no data on the national database (1.2): said in words, left out of the total's maximum
        assertThat(table.locator("tr[data-code='1.2']").innerText()).contains("Không có dữ liệu");
        assertThat(page.locator("#index-total").innerText()).contains("tối đa trên các chỉ số có dữ liệu");
        ConsoleBrowser.screenshot(page, "index766");
        assertAccessible(page, "the index of Decision 766");
        page.context().close();
    }

    @Test
    void aProcessingOfficerSeesOnlyHisOwnScorecard(ConsoleBrowser browser) {
        Page page = browser.signIn("xuly.ls");
        page.navigate("/#/danh-gia?kind=AGENCY&subject=SKHCN-20&period=" + demoQuarter());
        page.locator("nav.tabs").waitFor();
        assertThat(tabs(page)).containsExactly("Của tôi");
        // the address asked for the agency: the page shows his own, and no ranking of others
        page.locator("section.scorecard, #scorecard .empty").first().waitFor();
        assertThat(page.locator("table.ranking").count()).isZero();
        assertThat(page.locator("#scorecard").innerText()).contains("xuly.ls");
        // a range of days typed wrong is refused beside its field, before any call
        page.locator("#p-period").selectOption("custom");
        page.locator("#p-from").fill("31/02/2026");
        page.locator("#p-to").fill("30/04/2026");
        page.locator("#period-form button[type='submit']").click();
        assertThat(page.locator("#p-from").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#period-problem [role='alert']").innerText()).contains("Khoảng ngày chưa hợp lệ");
        assertAccessible(page, "the officer's own scorecard");
        page.context().close();
    }

    @Test
    void theNationalAuditorPicksAProvince(ConsoleBrowser browser) {
        Page page = browser.signIn("kiemtra.qg");
        page.navigate("/#/danh-gia");
        page.locator("#p-province").waitFor();
        assertThat(page.locator("#ranking").innerText()).contains("Chọn tỉnh, thành phố");
        assertAccessible(page, "the auditor's scorecards before a province is chosen");
        page.locator("#p-province").selectOption("04");
        page.locator("#p-period").selectOption(demoQuarter());
        page.locator("#period-form button[type='submit']").click();
        page.waitForURL("**province=04**");
        assertThat(tabs(page)).containsExactly("Cơ quan", "Phòng", "Cán bộ", "Tỉnh");
        // the province's own scorecard: Cao Bằng (04), its demo quarter imported as Lạng Sơn's
        page.locator("nav.tabs a", new Page.LocatorOptions().setHasText("Tỉnh")).click();
        page.waitForURL("**kind=PROVINCE**");
        assertThat(page.url()).contains("province=04", "period=" + demoQuarter());
        // the agencies' ranking stays on screen until the page is drawn again: wait for the province's own
        page.locator("#h-ranking", new Page.LocatorOptions().setHasText("Xếp hạng: Tỉnh")).waitFor();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator("table.ranking tbody td[data-label='Mã']")).hasText(new String[] {"04"});
        Locator card = page.locator("section.scorecard");
        card.waitFor();
        assertThat(card.locator("#h-card").innerText()).contains("(04)");
        assertConsistent(card);
        card.locator("#components .empty, #components table").first().waitFor();
        assertAccessible(page, "Cao Bằng's scorecards for the auditor");
        page.context().close();
    }
}
