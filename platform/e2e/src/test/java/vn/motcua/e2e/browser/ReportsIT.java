package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Reports in the console (issue 16), as officials read them: the province admin of Lạng Sơn opens form II.06b of
 * the demo quarter (Circular 01/2020/TT-VPCP) with its header, its numbered columns and a total equal to what the
 * reporting service returns for the same form (the figures themselves are checked against an independent count of
 * the dossiers' events by the e2e ITs), and downloads it; an agency head records a correction and sees its badge;
 * the national auditor reads the roll-up, one row per province, and opens Cao Bằng's form; a processing officer has
 * no "Báo cáo" and is refused at its address. Every page passes axe.
 */
@ExtendWith(BrowserTest.class)
class ReportsIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    /** The demo quarter as the API labels it: the calendar quarter before the current one (the launcher's DemoQuarter). */
    static String demoQuarter() {
        LocalDate inPrevious = LocalDate.now(VIETNAM).withDayOfMonth(1)
                .minusMonths((LocalDate.now(VIETNAM).getMonthValue() - 1) % 3).minusDays(1);
        return inPrevious.getYear() + "-Q" + ((inPrevious.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * "Quý III năm 2026 (từ ngày 15/06/2026 đến ngày 14/09/2026)": a quarter of a province cutting on the 15th runs
     * from the 15th of the month before it to the 14th of its last month (Decree 09/2019/NĐ-CP Art. 12).
     */
    static String quarterTextCutOn15(String label) {
        int year = Integer.parseInt(label.substring(0, 4));
        int quarter = Integer.parseInt(label.substring(6));
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 15).minusMonths(1);
        LocalDate to = LocalDate.of(year, 3 * quarter, 14);
        return "Quý " + ROMAN[quarter - 1] + " năm " + year + " (từ ngày " + DAY.format(from) + " đến ngày "
                + DAY.format(to) + ")";
    }

    static void assertAccessible(Page page, String where) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA on %s", where).isEmpty();
    }

    /** A figure as the page prints it (1.234, without the correction's badge) as a plain number, or "" when empty. */
    private static String plain(String shown) {
        return shown.replace("đã điều chỉnh", "").replace(".", "").replace(',', '.').strip();
    }

    /** What the form prints for a cell of the API's JSON: the corrected figure when there is one. */
    private static String printed(JsonNode cell) {
        if (cell == null || cell.isNull()) {
            return "";
        }
        JsonNode value = cell.hasNonNull("corrected") ? cell.get("corrected") : cell.get("computed");
        return value == null || value.isNull() ? "" : value.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static JsonNode totalRow(JsonNode form) {
        for (JsonNode row : form.get("rows")) {
            if (row.get("key").asText().equals("TOTAL")) {
                return row;
            }
        }
        throw new AssertionError("no TOTAL row in " + form);
    }

    private static Locator sheet(Page page) {
        Locator sheet = page.locator("article.report-sheet");
        sheet.waitFor();
        return sheet;
    }

    @Test
    void theProvinceAdminReadsFormII06bAsOnPaperAndItsTotalIsTheServicesOwn(ConsoleBrowser browser) {
        String quarter = demoQuarter();
        Page page = browser.signIn("quantri.ls");
        assertThat(page.locator("#nav a").allInnerTexts()).contains("Báo cáo");
        page.navigate("/#/bao-cao?form=II.06b&period=" + quarter);
        Locator sheet = sheet(page);
        // the header as on paper: number, title, the exact range of Lạng Sơn's quarter, the units, the unit of measure
        assertThat(sheet.locator("#sheet-number").innerText()).contains("II.06b");
        assertThat(sheet.locator("#sheet-title").innerText()).containsIgnoringCase("giải quyết thủ tục hành chính");
        assertThat(sheet.locator("#sheet-period").innerText()).isEqualTo("Kỳ báo cáo: " + quarterTextCutOn15(quarter));
        assertThat(sheet.locator(".sheet-units").innerText()).contains("Đơn vị báo cáo:", "Đơn vị nhận báo cáo:");
        assertThat(sheet.locator(".sheet-measure").innerText()).contains("Đơn vị tính");
        // the merged group headers and the row of column numbers (1) … (13) of the circular
        assertThat(sheet.locator("thead th.group").allInnerTexts()).containsSubsequence(
                "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết");
        assertThat(sheet.locator("tr.column-numbers th").allInnerTexts()).containsSubsequence("(1)", "(2)", "(3)",
                "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)");
        assertThat(sheet.locator(".sheet-signature").innerText()).contains("NGƯỜI LẬP BIỂU");
        assertThat(sheet.locator("#sheet-as-of").innerText()).startsWith("Số liệu tính đến: ").doesNotEndWith("—");

        // the total row, in bold, prints what the service returns for the same form, column by column
        Locator total = sheet.locator("tr[data-row='TOTAL']");
        assertThat(total.evaluate("tr => getComputedStyle(tr.querySelector('td.number')).fontWeight")).isEqualTo("700");
        JsonNode form = api.get(gw + "/api/reports/forms/II.06b?period=" + quarter, api.login("quantri.ls")).json();
        JsonNode apiTotal = totalRow(form);
        int compared = 0;
        for (JsonNode column : form.get("columns")) {
            String key = column.get("key").asText();
            String shown = plain(total.locator("td[data-col='" + key + "']").innerText());
            assertThat(shown).as("TOTAL, column %s", key).isEqualTo(printed(apiTotal.get("cells").get(key)));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(11);
        // and on screen the form's own identities hold: (3) = (4) + (5) + (6), (7) = (8) + (9) + (10), (11) = (12) + (13)
        assertThat(cell(total, "received.total")).isEqualByComparingTo(cell(total, "received.online")
                .add(cell(total, "received.directOrPostal")).add(cell(total, "received.carriedOver")));
        assertThat(cell(total, "resolved.total")).isEqualByComparingTo(cell(total, "resolved.early")
                .add(cell(total, "resolved.onTime")).add(cell(total, "resolved.late")));
        assertThat(cell(total, "inProgress.total")).isEqualByComparingTo(cell(total, "inProgress.withinDue")
                .add(cell(total, "inProgress.overdue")));
        assertThat(cell(total, "received.total")).isPositive();
        ConsoleBrowser.screenshot(page, "report-ii06b");
        assertAccessible(page, "form II.06b of the province");

        // the downloads, each named by form, province and period
        for (String[] format : new String[][] {{"Tải Excel (XLSX)", "xlsx"}, {"Tải PDF", "pdf"}, {"Tải CSV", "csv"}}) {
            Download download = page.waitForDownload(() -> page.locator(".downloads button",
                    new Page.LocatorOptions().setHasText(format[0])).click());
            assertThat(download.suggestedFilename()).isEqualTo("bao-cao_II.06b_20_" + quarter + "." + format[1]);
            assertThat(download.failure()).isNull();
        }
        assertThat(page.locator("#download-problem").innerText()).isEmpty();

        // the catalogue's form for the same period, chosen in the picker
        page.locator("#r-form").selectOption("II.03b");
        page.locator("#report-picker button[type='submit']").click();
        page.waitForURL("**form=II.03b**");
        page.locator("article.report-sheet[data-form='II.03b']").waitFor();
        assertThat(page.locator("#sheet-number").innerText()).contains("II.03b");
        assertAccessible(page, "form II.03b of the province");
        page.setViewportSize(375, 812);
        assertAccessible(page, "form II.03b at 375 px");
        page.context().close();
    }

    private static BigDecimal cell(Locator row, String key) {
        String shown = plain(row.locator("td[data-col='" + key + "']").innerText());
        return shown.isEmpty() ? BigDecimal.ZERO : new BigDecimal(shown);
    }

    @Test
    void anAgencyHeadRecordsACorrectionAndTheFormShowsItsBadge(ConsoleBrowser browser) {
        // an old quarter of his agency: the demo quarter's figures stay as the independent count computes them
        String period = "2025-Q1";
        Page page = browser.signIn("lanhdao.ls");
        page.navigate("/#/bao-cao?form=II.06b&period=" + period);
        Locator sheet = sheet(page);
        assertThat(page.locator(".scope-fixed").innerText()).contains("SKHCN-20");
        assertThat(sheet.locator("#sheet-period").innerText()).startsWith("Kỳ báo cáo: Quý I năm 2025");
        Locator form = page.locator("#correction-form");
        form.locator("#c-row").selectOption("TOTAL");
        form.locator("#c-column").selectOption("received.total");
        int corrected = 100 + Math.abs(UUID.randomUUID().hashCode() % 900);
        form.locator("#c-corrected").fill(String.valueOf(corrected));
        // a reason of fewer than 10 characters is refused beside its field, from the service's problem
        form.locator("#c-reason").fill("Sổ cái");
        form.locator("button[type='submit']").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(form.locator("#c-reason"))
                .hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#correction-result [role='alert']").innerText()).isNotEmpty();
        assertAccessible(page, "the correction form with its error");

        form.locator("#c-reason").fill("Đối chiếu sổ theo dõi hồ sơ giấy của bộ phận một cửa, lần " + corrected);
        form.locator("button[type='submit']").click();
        page.locator("#report-message [role='status']").waitFor();
        Locator cell = page.locator("tr[data-row='TOTAL'] td[data-col='received.total']");
        assertThat(cell.locator(".badge-corrected").innerText()).isEqualTo("đã điều chỉnh");
        assertThat(plain(cell.innerText())).isEqualTo(String.valueOf(corrected));
        assertThat(cell.locator(".badge-corrected").getAttribute("title"))
                .contains("Tính từ hồ sơ:", "điều chỉnh thành: " + corrected, "lần " + corrected);
        assertThat(page.locator(".sheet-corrections").innerText()).contains("Số liệu đã điều chỉnh",
                "lần " + corrected);
        assertAccessible(page, "the agency's form with a correction");
        page.context().close();
    }

    @Test
    void theNationalAuditorReadsTheRollUpAndOneProvincesForm(ConsoleBrowser browser) {
        String quarter = demoQuarter();
        Page page = browser.signIn("kiemtra.qg");
        assertThat(page.locator("#nav a").allInnerTexts()).contains("Báo cáo");
        page.navigate("/#/bao-cao/toan-quoc?form=II.06b&period=" + quarter);
        Locator sheet = sheet(page);
        assertThat(sheet.locator("tbody th[scope='row']").first().innerText()).isNotEmpty();
        assertThat(sheet.locator("tr[data-row='20'] th").innerText()).contains("Lạng Sơn");
        assertThat(sheet.locator("tr[data-row='04'] th").innerText()).contains("Cao Bằng");
        assertThat(sheet.locator("tr[data-row='TOTAL']").count()).isEqualTo(1);
        assertThat(sheet.locator("thead th").allInnerTexts()).contains("Tỉnh, thành phố");
        ConsoleBrowser.screenshot(page, "report-national");
        assertAccessible(page, "the national roll-up");
        Download download = page.waitForDownload(() -> page.locator(".downloads button",
                new Page.LocatorOptions().setHasText("Tải Excel (XLSX)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("bao-cao_II.06b_toan-quoc_" + quarter + ".xlsx");

        // a province's name opens its own form for the same period
        sheet.locator("tr[data-row='04'] th a").click();
        page.waitForURL("**province=04**");
        page.locator("#p-province").waitFor();
        Locator cb = sheet(page);
        assertThat(cb.locator("#sheet-period").innerText()).startsWith("Kỳ báo cáo: Quý " + ROMAN[
                Integer.parseInt(quarter.substring(6)) - 1]);
        assertThat(cb.locator("tr[data-row='TOTAL']").count()).isEqualTo(1);
        // the auditor reads; he records no correction
        assertThat(page.locator("#correction-form").count()).isZero();
        assertAccessible(page, "Cao Bằng's form for the auditor");
        page.context().close();
    }

    @Test
    void anOfficerHasNoReportsAndIsRefusedAtTheirAddress(ConsoleBrowser browser) {
        Page page = browser.signIn("xuly.ls");
        assertThat(page.locator("#nav a").allInnerTexts()).doesNotContain("Báo cáo").contains("Xử lý hồ sơ");
        for (String hash : List.of("#/bao-cao", "#/bao-cao/chi-tieu", "#/bao-cao/toan-quoc")) {
            page.navigate("/" + hash);
            page.locator("main h1").waitFor();
            assertThat(page.locator("main h1").innerText()).as(hash).isEqualTo("Không có quyền truy cập");
            assertThat(page.locator("main").innerText()).contains("không được giao chức năng này");
        }
        assertAccessible(page, "the refusal of the reports");
        // and the service refuses him too, whatever a client asks
        Api.Reply refused = api.get(gw + "/api/reports/forms/II.06b?period=" + demoQuarter(), api.login("xuly.ls"));
        assertThat(refused.status()).isEqualTo(403);
        page.context().close();
    }
}
