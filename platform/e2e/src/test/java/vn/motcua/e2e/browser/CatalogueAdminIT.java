package vn.motcua.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * The province admin of Lạng Sơn (quantri.ls) keeps the catalogue in the console: drafts a procedure, publishes
 * it by a decision and finds it in the public catalogue; adds (and removes) a local day off; imports a small CSV
 * file and reads its row-by-row report, one row rejected with its reason. Cao Bằng's admin (quantri.cb) sets a new
 * reporting cut-off day.
 */
@ExtendWith(BrowserTest.class)
class CatalogueAdminIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Codes of the 3.xxxxxx range, which no demo data and no other test uses; unique across runs on one platform. */
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 900_000));

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private final Api api = new Api(Endpoints.local());

    private static String nextCode() {
        return String.format("3.%06d", 100_000 + SEQ.incrementAndGet() % 900_000);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void theAdminDraftsAProcedurePublishesItByADecisionAndTheCatalogueShowsIt(ConsoleBrowser browser) {
        String code = nextCode();
        String name = "Cấp giấy xác nhận thử nghiệm quản trị " + code;
        LocalDate today = LocalDate.now(VIETNAM);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.signIn(page, "quantri.ls");
            page.locator("#nav").getByText("Thủ tục hành chính").click();
            assertThat(page.locator("h1")).hasText("Thủ tục hành chính của tỉnh");
            // the demo catalogue, searched without accents
            page.getByLabel("Tìm theo mã hoặc tên", EXACT).fill("x quang");
            assertThat(page.locator("#rows tr").first()).containsText("X-quang");

            page.getByText("Soạn thảo thủ tục mới").first().click();
            page.getByLabel("Mã thủ tục (Cơ sở dữ liệu quốc gia về TTHC)", EXACT).fill(code);
            page.getByLabel("Tên thủ tục", EXACT).fill("Cấp giấy xác nhận thử nghiệm " + code);
            page.getByLabel("Cơ quan giải quyết", EXACT).selectOption("SKHCN-20");
            page.getByLabel("Lĩnh vực", EXACT).selectOption("G19-KHCN");
            page.getByLabel("Cấp ban hành", EXACT).selectOption("LOCAL");
            page.getByLabel("Thời hạn trường hợp 1", EXACT).fill("bảy");
            page.getByRole(AriaRole.BUTTON, named("Thêm phí, lệ phí")).click();
            page.getByLabel("Nội dung phí 1", EXACT).fill("Lệ phí cấp giấy xác nhận");
            page.getByLabel("Mức thu phí 1 (đồng)", EXACT).fill("150.000");
            page.getByLabel("Thành phần hồ sơ (mỗi giấy tờ một dòng)", EXACT).fill("Đơn đề nghị\nBản sao giấy phép kinh doanh");
            page.getByRole(AriaRole.BUTTON, named("Lưu dự thảo")).click();
            // a time limit in words is refused beside its field, not guessed
            assertThat(page.getByLabel("Thời hạn trường hợp 1", EXACT)).hasAttribute("aria-invalid", "true");
            assertThat(page.locator(".field-error")).hasText("Nhập số ngày hoặc giờ bằng chữ số");
            page.getByLabel("Thời hạn trường hợp 1", EXACT).fill("7");
            page.getByRole(AriaRole.BUTTON, named("Lưu dự thảo")).click();

            assertThat(page.locator("h1")).hasText("Cấp giấy xác nhận thử nghiệm " + code);
            assertThat(page.locator("#saved [role=status]")).hasText("Đã lưu dự thảo.");
            assertThat(page.locator("dl.facts")).containsText("Dự thảo");

            // the draft is edited on its own page: its terms are replaced whole
            page.locator("form.edit-draft").getByLabel("Tên thủ tục", new Locator.GetByLabelOptions().setExact(true))
                    .fill(name);
            page.locator("form.edit-draft").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Lưu dự thảo")).click();
            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.locator("#saved [role=status]")).hasText("Đã lưu dự thảo.");
            assertThat(page.locator("form.edit-draft").getByLabel("Thời hạn trường hợp 1",
                    new Locator.GetByLabelOptions().setExact(true))).hasValue("7");

            // publication by the province's decision, in force from yesterday; a date that is no date is refused
            page.getByLabel("Số quyết định", EXACT).fill("25/QĐ-UBND");
            page.getByLabel("Ngày ký quyết định (ngày/tháng/năm)", EXACT).fill("31/02/2026");
            page.getByLabel("Người ký, cơ quan ban hành", EXACT).fill("Chủ tịch UBND tỉnh Lạng Sơn");
            page.getByLabel("Ngày có hiệu lực (ngày/tháng/năm)", EXACT).fill(DAY.format(today.minusDays(1)));
            page.getByRole(AriaRole.BUTTON, named("Công bố")).click();
            assertThat(page.getByLabel("Ngày ký quyết định (ngày/tháng/năm)", EXACT)).hasAttribute("aria-invalid", "true");
            page.getByLabel("Ngày ký quyết định (ngày/tháng/năm)", EXACT).fill(DAY.format(today.minusDays(5)));
            page.getByRole(AriaRole.BUTTON, named("Công bố")).click();

            assertThat(page.locator("#saved [role=status]")).hasText("Đã công bố thủ tục.");
            assertThat(page.locator("dl.facts")).containsText("Đã công bố");
            Locator version = page.locator("table").first().locator("tbody tr").first();
            assertThat(version.locator("td[data-label='Phiên bản']")).hasText("1 (đang có hiệu lực)");
            assertThat(version.locator("td[data-label='Hiệu lực từ']")).hasText(DAY.format(today.minusDays(1)));
            assertThat(version.locator("td[data-label='Quyết định']"))
                    .hasText("25/QĐ-UBND ngày " + DAY.format(today.minusDays(5)) + ", Chủ tịch UBND tỉnh Lạng Sơn");
            ConsoleBrowser.screenshot(page, "admin-procedure");

            // an amendment: a whole new version from next week; version 1 ends the day before
            page.getByText("Sửa đổi, bổ sung, thay thế").click();
            Locator amend = page.locator("form.amend");
            amend.getByLabel("Thời hạn trường hợp 1", new Locator.GetByLabelOptions().setExact(true)).fill("5");
            amend.getByLabel("Số quyết định").fill("30/QĐ-UBND");
            amend.getByLabel("Ngày ký quyết định (ngày/tháng/năm)").fill(DAY.format(today));
            amend.getByLabel("Ngày có hiệu lực (ngày/tháng/năm)").fill(DAY.format(today.plusDays(7)));
            amend.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi phiên bản mới")).click();
            assertThat(page.locator("#saved [role=status]")).hasText("Đã ghi phiên bản sửa đổi, bổ sung.");
            Locator versions = page.locator("table").first().locator("tbody tr");
            assertThat(versions).hasCount(2);
            assertThat(versions.nth(0).locator("td[data-label='Đến hết ngày']")).hasText(DAY.format(today.plusDays(6)));
            assertThat(versions.nth(1).locator("td[data-label='Hiệu lực từ']")).hasText(DAY.format(today.plusDays(7)));
        }

        // anyone finds it in the public catalogue, typed without accents
        try (BrowserContext anonymous = browser.newContext()) {
            Page page = anonymous.newPage();
            page.navigate("/#/cong-khai/20?q=cap%20giay%20xac%20nhan%20thu%20nghiem%20quan%20tri%20" + code);
            Locator row = page.locator("#results tbody tr").first();
            assertThat(row.locator("td[data-label='Mã thủ tục']")).hasText(code);
            row.locator("a").click();
            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.locator("main")).containsText("7 ngày làm việc");
            assertThat(page.locator("main")).containsText("150.000 đồng");
            assertThat(page.locator("main")).containsText(
                    "Quyết định số 25/QĐ-UBND ngày " + DAY.format(today.minusDays(5)) + " của Chủ tịch UBND tỉnh Lạng Sơn");
        }
    }

    @Test
    void theAdminAddsALocalDayOffAndRemovesIt(ConsoleBrowser browser) {
        LocalDate day = freeWeekdayNextYear();
        String shown = DAY.format(day);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.signIn(page, "quantri.ls");
            page.navigate("/#/quan-tri/lich");
            assertThat(page.locator("h1")).containsText("Lịch làm việc");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Giờ làm việc theo thời gian áp dụng")))
                    .containsText("07:30 – 11:30");

            // a day already past is the service's refusal, beside the date
            page.getByLabel("Ngày nghỉ (ngày/tháng/năm, sau hôm nay)", EXACT).fill("02/01/2020");
            page.getByLabel("Tên ngày nghỉ", EXACT).fill("Ngày nghỉ thử nghiệm");
            page.getByLabel("Văn bản quyết định", EXACT).fill("99/QĐ-UBND");
            page.getByRole(AriaRole.BUTTON, named("Thêm ngày nghỉ")).click();
            assertThat(page.locator(".add-day [role=alert]")).isVisible();
            assertThat(page.getByLabel("Ngày nghỉ (ngày/tháng/năm, sau hôm nay)", EXACT)).hasAttribute("aria-invalid", "true");

            page.getByLabel("Ngày nghỉ (ngày/tháng/năm, sau hôm nay)", EXACT).fill(shown);
            page.getByRole(AriaRole.BUTTON, named("Thêm ngày nghỉ")).click();
            assertThat(page.locator("#saved [role=status]")).hasText("Đã thêm ngày nghỉ.");
            Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(shown));
            assertThat(row.locator("td[data-label='Loại']")).hasText("Nghỉ của địa phương");
            assertThat(row.locator("td[data-label='Tên']")).hasText("Ngày nghỉ thử nghiệm");
            assertThat(row.locator("td[data-label='Căn cứ']")).hasText("99/QĐ-UBND");
            ConsoleBrowser.screenshot(page, "admin-calendar");
            assertThat(api.get(api.endpoints().gateway() + "/api/catalog/calendars/20?year=" + day.getYear(), null)
                    .body()).contains("\"" + day + "\"");

            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bỏ ngày " + shown)).click();
            assertThat(page.locator("#saved [role=status]")).hasText("Đã bỏ ngày nghỉ.");
            assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(shown))).hasCount(0);
        }
    }

    @Test
    void theAdminSeesTheReportingCutOffHistoryAndAddsAnEntry(ConsoleBrowser browser) {
        // after the last entry (this test may have run before on the same platform), far from the demo's periods
        JsonNode cutoffs = api.get(api.endpoints().gateway() + "/api/catalog/calendars/04", null).json()
                .get("reportingCutoffs");
        JsonNode last = cutoffs.get(cutoffs.size() - 1);
        LocalDate far = LocalDate.now(VIETNAM).plusYears(50).withDayOfMonth(1);
        LocalDate lastFrom = LocalDate.parse(last.get("validFrom").asText());
        LocalDate from = lastFrom.isBefore(far) ? far : lastFrom.plusMonths(1);
        int day = last.get("day").asInt() % 28 + 1;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.signIn(page, "quantri.cb");
            page.navigate("/#/quan-tri/lich");
            // Cao Bằng cuts on the 5th (its reports: 05/12/2022 - 04/3/2023)
            Locator history = page.locator("table", new Page.LocatorOptions()
                    .setHasText("Ngày chốt số liệu theo thời gian áp dụng"));
            assertThat(history.locator("tbody tr").first()).containsText("01/01/2022");
            assertThat(history.locator("tbody tr").first().locator("td[data-label='Ngày chốt trong tháng']"))
                    .hasText("Ngày 5");

            page.getByText("Đổi ngày chốt số liệu từ một ngày sau hôm nay").click();
            page.getByLabel("Ngày chốt mới áp dụng từ ngày (ngày/tháng/năm)", EXACT).fill(DAY.format(from));
            page.getByLabel("Ngày chốt trong tháng (1 đến 28)", EXACT).fill("31");
            page.getByRole(AriaRole.BUTTON, named("Ghi ngày chốt số liệu")).click();
            assertThat(page.getByLabel("Ngày chốt trong tháng (1 đến 28)", EXACT)).hasAttribute("aria-invalid", "true");

            page.getByLabel("Ngày chốt trong tháng (1 đến 28)", EXACT).fill(String.valueOf(day));
            page.getByRole(AriaRole.BUTTON, named("Ghi ngày chốt số liệu")).click();
            assertThat(page.locator("#saved [role=status]")).hasText("Đã ghi ngày chốt số liệu mới.");
            Locator added = history.locator("tbody tr", new Locator.LocatorOptions().setHasText(DAY.format(from)));
            assertThat(added.locator("td[data-label='Ngày chốt trong tháng']")).hasText("Ngày " + day);
            assertThat(api.get(api.endpoints().gateway() + "/api/catalog/calendars/04", null).body())
                    .contains("{\"validFrom\":\"" + from + "\",\"day\":" + day + "}");
        }
    }

    @Test
    void theAdminImportsAFileAndReadsTheReportRowByRow(ConsoleBrowser browser) throws IOException {
        String good = nextCode();
        String bad = nextCode();
        String decision = ",15/QĐ-UBND,01/12/2025,Chủ tịch UBND tỉnh Lạng Sơn,02/12/2025";
        String csv = "MaTTHC,MaDichVu,TenTTHC,MaLinhVuc,CoQuanThucHien,CapBanHanh,CoChe,CoQuanPhoiHop,MucDoTrucTuyen,"
                + "TiepNhanBuuChinh,TraKetQuaBuuChinh,BonTaiCho,MaTruongHop,TenTruongHop,ThoiHan,DonViThoiHan,"
                + "PhiLePhi,ThanhPhanHoSo,SoQuyetDinh,NgayQuyetDinh,CoQuanBanHanh,NgayHieuLuc\n"
                + good + ",,Cấp giấy xác nhận nhập từ tệp,G19-KHCN,SKHCN-20,Địa phương,Một cửa,,Một phần,Có,Có,Không,"
                + "CHUNG,Chung,7,Ngày làm việc,,Đơn đề nghị" + decision + "\n"
                + bad + ",,Thủ tục có lĩnh vực không có,G19-KHONGCO,SKHCN-20,Địa phương,Một cửa,,Một phần,Có,Có,Không,"
                + "CHUNG,Chung,7,Ngày làm việc,,Đơn đề nghị" + decision + "\n";
        Path file = Files.createTempFile("danh-muc-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            ConsoleBrowser.signIn(page, "quantri.ls");
            page.navigate("/#/quan-tri/nhap");
            page.getByLabel("Tệp danh mục (.csv hoặc .json)", EXACT).setInputFiles(file);
            page.getByRole(AriaRole.BUTTON, named("Nhập tệp")).click();

            assertThat(page.locator("#outcome [role=alert]")).containsText("1 dòng bị từ chối");
            assertThat(page.locator(".report-counts")).containsText("Tạo mới: 1");
            assertThat(page.locator(".report-counts")).containsText("Bị từ chối: 1");
            Locator rows = page.locator(".import-report tbody tr");
            assertThat(rows).hasCount(2);
            assertThat(rows.nth(0).locator("td[data-label='Dòng']")).hasText("2");
            assertThat(rows.nth(0).locator("td[data-label='Mã thủ tục']")).hasText(good);
            assertThat(rows.nth(0).locator("td[data-label='Kết quả']")).hasText("Tạo mới");
            assertThat(rows.nth(0).locator("td[data-label='Phiên bản']")).hasText("1");
            assertThat(rows.nth(1).locator("td[data-label='Dòng']")).hasText("3");
            assertThat(rows.nth(1).locator("td[data-label='Kết quả']")).hasText("Bị từ chối");
            assertThat(rows.nth(1).locator("td[data-label='Lý do']")).containsText("terms.fieldCode");
            ConsoleBrowser.screenshot(page, "admin-import");

            // the same file again changes nothing: the good row is unchanged, the bad one still rejected
            page.getByRole(AriaRole.BUTTON, named("Nhập tệp")).click();
            assertThat(page.locator(".report-counts")).containsText("Không thay đổi: 1");
            assertThat(page.locator(".report-counts")).containsText("Tạo mới: 0");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A weekday of next year, from March on, that the province's calendar has no entry for. */
    private LocalDate freeWeekdayNextYear() {
        int year = LocalDate.now(VIETNAM).getYear() + 1;
        JsonNode days = api.get(api.endpoints().gateway() + "/api/catalog/calendars/20?year=" + year, null).json()
                .get("days");
        Set<String> taken = new HashSet<>();
        days.forEach(d -> taken.add(d.get("date").asText()));
        LocalDate day = LocalDate.of(year, 3, 2).plusDays(SEQ.incrementAndGet() % 200);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(day.toString())) {
            day = day.plusDays(1);
        }
        assertThat(day.getYear()).isEqualTo(year);
        return day;
    }
}
