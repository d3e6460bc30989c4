package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.e2e.browser.ReportsIT.assertAccessible;
import static vn.motcua.e2e.browser.ReportsIT.demoQuarter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan's targets and the KPI dashboard (issue 16): the province admin of Lạng Sơn enters the year's target
 * for dossiers received online (Hà Tĩnh's plan sets 60 %), a target over 100 % refused beside its field, sees the
 * entry in the history, and reads the dashboard of the demo quarter: each rate a bar with the target's mark, its
 * numerator, denominator and definition, the trend over the periods, the reception channels and the timeliness.
 * The agency head reads his own agency's dashboard. Every page passes axe.
 */
@ExtendWith(BrowserTest.class)
class ReportDashboardIT {

    @Test
    void theProvinceAdminEntersTheYearsTargetsAndReadsTheDashboardAgainstThem(ConsoleBrowser browser) {
        String quarter = demoQuarter();
        String year = quarter.substring(0, 4);
        String plan = "Kế hoạch số 15/KH-UBND, lần " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.signIn("quantri.ls");
        page.navigate("/#/bao-cao/ke-hoach?year=" + year);
        Locator form = page.locator("#targets-form");
        form.waitFor();
        assertThat(form.locator("table.targets tbody tr").count()).isEqualTo(9);
        // a target over 100 % is refused beside its field
        form.locator("[name='targets.ONLINE_DOSSIERS']").fill("60");
        form.locator("[name='targets.DIGITISED_RESULTS']").fill("170");
        form.locator("#t-source").fill(plan);
        form.locator("button[type='submit']").click();
        PlaywrightAssertions.assertThat(form.locator("[name='targets.DIGITISED_RESULTS']"))
                .hasAttribute("aria-invalid", "true");
        assertAccessible(page, "the targets with an error");
        // within 0-100 it is saved, with who and when in the history
        form.locator("[name='targets.DIGITISED_RESULTS']").fill("70");
        form.locator("button[type='submit']").click();
        page.locator("#targets-message [role='status']").waitFor();
        assertThat(page.locator("[name='targets.ONLINE_DOSSIERS']").inputValue()).isEqualTo("60");
        assertThat(page.locator("[name='targets.DIGITISED_RESULTS']").inputValue()).isEqualTo("70");
        assertThat(page.locator("table.target-history tbody").innerText()).contains("quantri.ls", plan);
        assertAccessible(page, "the year's targets");

        page.navigate("/#/bao-cao/chi-tieu?period=" + quarter);
        Locator kpis = page.locator("table.kpis");
        kpis.waitFor();
        assertThat(kpis.locator("thead").innerText()).contains("Tử số", "Mẫu số", "Tỷ lệ", "Kế hoạch", "Kết quả",
                "Cách tính");
        Locator online = kpis.locator("tr[data-kpi='ONLINE_DOSSIERS']");
        assertThat(online.locator("td[data-label='Kế hoạch']").innerText()).isEqualTo("60 %");
        assertThat(online.locator("td[data-label='Kết quả']").innerText()).isIn("Đạt", "Chưa đạt", "Không có dữ liệu");
        assertThat(online.locator("td[data-label='Cách tính']").innerText()).isNotEmpty();
        assertThat(kpis.locator("tr[data-kpi='DIGITISED_RESULTS'] td[data-label='Kế hoạch']").innerText())
                .isEqualTo("70 %");
        // the rates as bars with the targets' marks, the trend, the channels and the timeliness
        assertThat(page.locator("svg#kpi-chart line.chart-target").count()).isGreaterThanOrEqualTo(2);
        assertThat(page.locator("svg#trend-chart").count()).isEqualTo(1);
        assertThat(page.locator("svg#channel-chart").count()).isEqualTo(1);
        assertThat(page.locator("svg#timeliness-chart title").textContent()).contains("trước hạn", "đúng hạn", "quá hạn");
        // another rate's trend, chosen without reloading
        page.locator("#trend-kpi").selectOption("DIGITISED_RESULTS");
        String digitised = kpis.locator("tr[data-kpi='DIGITISED_RESULTS'] th").innerText();
        assertThat(page.locator("svg#trend-chart title").textContent()).isEqualTo(digitised + " qua 8 kỳ");
        ConsoleBrowser.screenshot(page, "report-dashboard");
        assertAccessible(page, "the KPI dashboard");
        page.setViewportSize(375, 812);
        assertAccessible(page, "the KPI dashboard at 375 px");
        page.context().close();
    }

    @Test
    void anAgencyHeadReadsHisAgencysDashboardAndHasNoTargetsPage(ConsoleBrowser browser) {
        Page page = browser.signIn("lanhdao.ls");
        page.navigate("/#/bao-cao/chi-tieu?period=" + demoQuarter());
        page.locator("table.kpis").waitFor();
        assertThat(page.locator(".scope-fixed").innerText()).contains("SKHCN-20");
        assertThat(page.locator("nav.subnav a").allInnerTexts()).doesNotContain("Nhập chỉ tiêu kế hoạch");
        assertAccessible(page, "the agency's dashboard");
        page.navigate("/#/bao-cao/ke-hoach");
        page.locator("main h1").waitFor();
        assertThat(page.locator("main h1").innerText()).isEqualTo("Không có quyền truy cập");
        page.context().close();
    }
}
