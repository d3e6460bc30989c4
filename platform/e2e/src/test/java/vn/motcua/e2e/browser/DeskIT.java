package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;
import vn.motcua.platform.documents.PdfText;

/**
 * Issue 14 item 2, in a real browser against the platform: the reception officer of Lạng Sơn finds a procedure by
 * typing its name without accents, receives a dossier and downloads its receipt (Giấy tiếp nhận hồ sơ và hẹn trả
 * kết quả), whose text is read back with PDFBox; an id number the service refuses is marked beside its input; an
 * online dossier submitted by the portal is accepted from the list of dossiers awaiting acceptance.
 */
@ExtendWith(BrowserTest.class)
class DeskIT {
    /** Cấp giấy phép tiến hành công việc bức xạ (X-quang chẩn đoán trong y tế), catalogue-20.csv. */
    static final String XRAY = "1.003845";
    static final String XRAY_NAME = "Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán"
            + " trong y tế)";
    /** Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu: fully online, one case. */
    static final String IMPORT_CHECK = "1.900106";
    static final DateTimeFormatter ON_SCREEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    static final DateTimeFormatter ON_PAPER = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Api api = new Api(Endpoints.local());

    static Page desk(ConsoleBrowser browser) {
        Page page = browser.signIn("tiepnhan.ls");
        page.navigate("/#/tiep-nhan");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ").setExact(true))
                .waitFor();
        return page;
    }

    /** Types the words without accents and picks the procedure from the results. */
    static void findAndPick(Page page, String typed, String code) {
        page.getByLabel("Tên hoặc mã thủ tục").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm thủ tục")).click();
        page.locator("[data-pick='" + code + "']").click();
        page.locator("#procedure-title").waitFor();
    }

    static List<String> pdfLines(byte[] pdf) throws IOException {
        return PdfText.lines(pdf);
    }

    @Test
    void theDeskFindsAProcedureWithoutAccentsReceivesADossierAndDownloadsItsReceipt(ConsoleBrowser browser)
            throws IOException {
        Page page = desk(browser);
        page.getByLabel("Tên hoặc mã thủ tục").fill("cap giay phep tien hanh cong viec buc xa");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm thủ tục")).click();
        Locator results = page.locator("[data-results]");
        assertThat(results.locator("tbody tr").first().locator("td").nth(1).textContent()).isEqualTo(XRAY_NAME);
        ConsoleBrowser.screenshot(page, "desk-search");

        page.locator("[data-pick='" + XRAY + "']").click();
        Locator procedure = page.locator("#procedure");
        assertThat(page.locator("#procedure-title").textContent()).isEqualTo("2. Thủ tục: " + XRAY_NAME);
        assertThat(procedure.locator("dl.facts").textContent()).contains("Cơ quan giải quyếtSở Khoa học và Công nghệ tỉnh"
                + " Lạng Sơn").contains("Cấp mới: 11 ngày làm việc").contains("Gia hạn: 10 ngày làm việc");
        assertThat(procedure.locator("ol.papers li").allTextContents()).containsExactly(
                "Đơn đề nghị cấp giấy phép", "Phiếu khai báo thiết bị X-quang chẩn đoán y tế",
                "Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn");
        assertThat(procedure.locator("ul.fees li").allTextContents()).containsExactly(
                "Phí thẩm định cấp giấy phép, mỗi thiết bị: 2.000.000 đồng");

        page.getByLabel("Cấp mới (11 ngày làm việc)").check();
        String applicant = "Nguyễn Văn Tiếp " + UUID.randomUUID().toString().substring(0, 4);
        page.getByLabel("Họ và tên (hoặc tên tổ chức)").fill(applicant);
        page.getByLabel("Số định danh cá nhân / mã số thuế").fill("020190000123");
        page.getByLabel("Số điện thoại").fill("0912345678");
        page.getByLabel("Địa chỉ").fill("Số 5 phố Lê Lợi, phường Lương Văn Tri, Lạng Sơn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ").setExact(true))
                .click();

        String code = page.locator("[data-receipt='code']").textContent();
        String secret = page.locator("[data-receipt='secret']").textContent();
        String due = page.locator("[data-receipt='due']").textContent();
        assertThat(code).matches("000\\.00\\.15\\.H20-\\d{6}-\\d{4}");
        assertThat(secret).matches("[2-9A-HJKMNP-Z]{10}");
        assertThat(due).matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Đã tiếp nhận hồ sơ " + code);
        assertThat(page.locator(".receipt").textContent()).contains("Mã tra cứu chỉ hiển thị một lần")
                .contains("sẽ không được hiển thị lại");
        ConsoleBrowser.screenshot(page, "desk-receipt");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("In giấy tiếp nhận (PDF)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("giay-tiep-nhan-" + code + ".pdf");
        List<String> lines = pdfLines(Files.readAllBytes(download.path()));
        assertThat(lines).contains(
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: " + code,
                "(Mẫu 01, Phụ lục I Thông tư 03/2025/TT-VPCP)",
                "Tiếp nhận hồ sơ của: " + applicant,
                "1) Đơn đề nghị cấp giấy phép",
                "3. Thời gian giải quyết hồ sơ theo quy định là: 11 ngày làm việc",
                "5. Thời gian trả kết quả giải quyết hồ sơ: "
                        + ON_PAPER.format(LocalDateTime.parse(due, ON_SCREEN)),
                "- Phí thẩm định cấp giấy phép, mỗi thiết bị: 2.000.000 đồng",
                "8. Mã tra cứu: " + secret);
        assertThat(lines).anyMatch(l -> l.startsWith("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                && l.endsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(lines).anyMatch(l -> l.endsWith("Độc lập - Tự do - Hạnh phúc"));
        page.context().close();
    }

    @Test
    void anIdNumberTheServiceRefusesIsMarkedBesideItsInputAndTheCorrectedFormIsReceivedOnAPhone(
            ConsoleBrowser browser) {
        // a phone's width (WCAG 2.1 reflow: 320-375 px without scrolling sideways)
        Page page = browser.newContext(375, 812).newPage();
        ConsoleBrowser.signIn(page, "tiepnhan.ls");
        page.navigate("/#/tiep-nhan");
        findAndPick(page, "x quang chan doan trong y te", XRAY);
        page.getByLabel("Gia hạn (10 ngày làm việc)").check();
        page.getByLabel("Họ và tên (hoặc tên tổ chức)").fill("Trần Thị Sai Số");
        Locator id = page.getByLabel("Số định danh cá nhân / mã số thuế");
        Locator receive = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ")
                .setExact(true));

        // the console checks the shape as the API does ...
        id.fill("12345");
        receive.click();
        assertThat(page.locator("#applicant-id + .field-error").textContent()).isEqualTo(
                "Phải là số định danh cá nhân 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với đơn vị phụ thuộc).");
        // ... and the service the province of birth (Circular 59/2021/TT-BCA): 999 is none
        id.fill("999190000123");
        receive.click();
        page.locator("[data-intake-result] [role='alert']").waitFor();
        assertThat(page.locator("[data-intake-result] .alert-title").textContent())
                .isEqualTo("Số định danh hoặc mã số thuế không hợp lệ");
        assertThat(page.locator("#applicant-id + .field-error").textContent()).isEqualTo(
                "Số định danh không bắt đầu bằng mã tỉnh nơi đăng ký khai sinh (Thông tư 59/2021/TT-BCA).");
        assertThat(id.getAttribute("aria-invalid")).isEqualTo("true");

        // corrected, the same form is received (its Idempotency-Key made nothing on the refusal)
        id.fill("020190000124");
        receive.click();
        assertThat(page.locator("[data-receipt='code']").textContent()).matches("000\\.00\\.15\\.H20-\\d{6}-\\d{4}");
        assertThat(page.locator("#applicant-id").count()).isZero();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        ConsoleBrowser.screenshot(page, "desk-receipt-phone");
        page.context().close();
    }

    @Test
    void anOnlineDossierIsAcceptedFromTheListAwaitingAcceptance(ConsoleBrowser browser) throws IOException {
        String portal = api.clientToken("portal-20", "portal-20-secret");
        String applicant = "Đỗ Thị Trực Tuyến " + UUID.randomUUID().toString().substring(0, 4);
        Api.Reply submitted = api.post(api.endpoints().gateway() + "/api/dossiers", portal, """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL",
                 "applicant":{"name":"%s","idNumber":"020190000125","phone":"0912000333"}}"""
                .formatted(IMPORT_CHECK, applicant), Map.of("Idempotency-Key", "desk-it-" + UUID.randomUUID()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.text("id");

        Page page = browser.signIn("tiepnhan.ls");
        page.navigate("/#/tiep-nhan/truc-tuyen");
        Locator row = page.locator("[data-list='awaiting'] tr[data-dossier='" + id + "']");
        assertThat(row.locator("td[data-label='Người nộp']").textContent()).isEqualTo(applicant);
        assertThat(row.locator("td[data-label='Thủ tục']").textContent())
                .isEqualTo("Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (" + IMPORT_CHECK + ")");
        assertThat(row.locator("td[data-label='Kênh']").textContent())
                .isEqualTo("Trực tuyến, Cổng Dịch vụ công quốc gia");
        assertThat(row.locator(".badge").textContent()).isIn("Trong hạn", "Quá hạn tiếp nhận");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tiếp nhận")).click();
        assertThat(page.locator("#panel-title").textContent()).isEqualTo("Tiếp nhận hồ sơ");
        ConsoleBrowser.screenshot(page, "desk-online");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận tiếp nhận")).click();

        String code = page.locator("#panel [data-receipt='code']").textContent();
        assertThat(code).matches("000\\.01\\.15\\.H20-\\d{6}-\\d{4}");
        assertThat(page.locator("#panel [data-receipt='secret']").textContent()).matches("[2-9A-HJKMNP-Z]{10}");
        // gone from the list, and received in the service
        page.locator("[data-list='awaiting'] tr[data-dossier='" + id + "']").waitFor(
                new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        Api.Reply dossier = api.get(api.endpoints().gateway() + "/api/dossiers/" + id, api.login("tiepnhan.ls"));
        assertThat(dossier.text("status")).isEqualTo("RECEIVED");
        assertThat(dossier.text("code")).isEqualTo(code);

        // a reprint: the secret is not printed again
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("In giấy tiếp nhận (PDF)")).click());
        assertThat(pdfLines(Files.readAllBytes(download.path()))).contains("Mã hồ sơ: " + code,
                "Tiếp nhận hồ sơ của: " + applicant);
        page.context().close();
    }

    @Test
    void aRefusalWithoutAReasonIsMarkedAndWithOneTheDossierLeavesTheList(ConsoleBrowser browser) {
        String portal = api.clientToken("portal-20", "portal-20-secret");
        String applicant = "Lý Văn Từ Chối " + UUID.randomUUID().toString().substring(0, 4);
        Api.Reply submitted = api.post(api.endpoints().gateway() + "/api/dossiers", portal, """
                {"procedureCode":"%s","channel":"ONLINE_NATIONAL_PORTAL","applicant":{"name":"%s"}}"""
                .formatted(IMPORT_CHECK, applicant), Map.of("Idempotency-Key", "desk-it-" + UUID.randomUUID()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.text("id");

        Page page = browser.signIn("tiepnhan.ls");
        page.navigate("/#/tiep-nhan/truc-tuyen");
        Locator row = page.locator("[data-list='awaiting'] tr[data-dossier='" + id + "']");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Từ chối")).click();
        Locator refuse = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Từ chối tiếp nhận"));
        refuse.click();
        assertThat(page.locator("#refuse-reason + .field-error").textContent())
                .isEqualTo("Hãy ghi lý do từ chối tiếp nhận.");
        page.getByLabel("Lý do từ chối").fill("Hàng hóa không thuộc danh mục phải kiểm tra nhà nước về chất lượng");
        refuse.click();
        assertThat(page.locator("#outcome [role='status']").textContent())
                .isEqualTo("Đã từ chối tiếp nhận hồ sơ: " + applicant + ", thủ tục " + IMPORT_CHECK + ".");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "REFUSED".equals(
                api.get(api.endpoints().gateway() + "/api/dossiers/" + id, api.login("tiepnhan.ls")).text("status")));
        page.context().close();
    }
}
