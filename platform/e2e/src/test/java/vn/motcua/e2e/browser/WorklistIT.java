package vn.motcua.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.e2e.Api;
import vn.motcua.e2e.Endpoints;

/**
 * Processing in the console (xử lý, issue 14 item 3), as officials of Lạng Sơn (20) do it in a browser: a dossier
 * received at the desk through the API is handed over and assigned; the processing officer finds it in the
 * worklist, opens it, reads how its appointed date was computed, is offered only what he may do, sees a refusal's
 * detail, and resolves it; the desk returns the result. And a worklist page of a thousand dossiers is drawn whole,
 * its time measured in the page and printed.
 */
@ExtendWith(BrowserTest.class)
class WorklistIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROCEDURE = "1.004227";
    private static final int THOUSAND = 1000;

    private final Api api = new Api(Endpoints.local());
    private final String gw = api.endpoints().gateway();

    @Test
    void anOfficerFindsOpensAndResolvesADossierAndTheDeskReturnsIt(ConsoleBrowser browser) {
        String desk = api.login("tiepnhan.ls");
        String lead = api.login("truongphong.ls");
        String body = """
                {"procedureCode":"%s","channel":"DIRECT_CENTRE",
                 "applicant":{"name":"Đinh Thị Lan","idNumber":"020190007771","phone":"0912777111"}}"""
                .formatted(PROCEDURE);
        Api.Reply received = api.post(gw + "/api/dossiers", desk, body,
                Map.of("Idempotency-Key", "worklist-it-" + UUID.randomUUID()));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String id = received.text("id");
        String code = received.text("code");
        String dossier = gw + "/api/dossiers/" + id;
        Api.Reply handedOver = api.post(dossier + "/hand-over", desk, "{\"toUnit\":\"QLCN\"}");
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        Api.Reply assigned = api.post(dossier + "/assign", lead, "{\"officer\":\"xuly.ls\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        // the processing officer's own list: the dossier at his name, its due flag in words
        Page page = browser.signIn("xuly.ls");
        page.navigate("/#/xu-ly?view=mine&procedure=" + PROCEDURE + "&size=1000");
        Locator row = page.locator("table.worklist tbody tr", new Page.LocatorOptions().setHasText(code));
        row.waitFor();
        assertThat(row.locator("td[data-label='Người nộp']").innerText()).isEqualTo("Đinh Thị Lan");
        assertThat(row.locator("td[data-label='Bước xử lý']").innerText()).contains("QLCN", "xuly.ls");
        assertThat(row.locator("td[data-label='Tình trạng hạn'] .badge").innerText()).isIn("Trong hạn", "Sắp đến hạn");
        assertThat(page.locator("table.worklist caption").innerText()).startsWith("Danh sách hồ sơ cần xử lý");
        ConsoleBrowser.screenshot(page, "worklist");
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA on the worklist").isEmpty();

        // the dossier: facts, the deadline explained (10 working days from acceptance), the process and timeline
        row.locator("a", new Locator.LocatorOptions().setHasText(code)).click();
        page.locator("h1", new Page.LocatorOptions().setHasText("Hồ sơ " + code)).waitFor();
        Locator deadline = page.locator("section[aria-labelledby='h-deadline']");
        assertThat(deadline.innerText()).contains("Thời hạn giải quyết", "10 ngày làm việc",
                "Ngày tiếp nhận không tính", "Ngày hẹn trả hiện tại", dateOf(received.text("dueAt")));
        assertThat(deadline.locator("#deadline-now .badge").innerText()).isIn("Trong hạn", "Sắp đến hạn");
        assertThat(page.locator("section[aria-labelledby='h-timeline']").innerText())
                .contains("Tiếp nhận hồ sơ", "Chuyển xử lý", "tiepnhan.ls", "truongphong.ls");
        assertThat(page.locator("section[aria-labelledby='h-process'] table").innerText()).contains("QLCN");
        // offered only what a processing officer may do here: no apology (the lead's), no return (the desk's)
        Locator actions = page.locator("[role='group'][aria-label='Thao tác được phép'] button");
        assertThat(actions.allInnerTexts()).contains("Giải quyết (ghi kết quả)", "Chuyển xử lý")
                .doesNotContain("Xin lỗi và hẹn lại ngày trả", "Trả kết quả", "Phân công");
        ConsoleBrowser.screenshot(page, "dossier");
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA on the dossier").isEmpty();

        // a refusal of the service shows its detail beside the field it names: a refusal needs its reason
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giải quyết (ghi kết quả)")).click();
        Locator form = page.locator("form.action-form");
        form.locator("#a-outcome").selectOption("REFUSED");
        form.locator("button[type='submit']").click();
        Locator alert = form.locator("[role='alert']");
        alert.waitFor();
        assertThat(alert.innerText()).contains("Thông tin chưa hợp lệ", "is required when the outcome is REFUSED");
        assertThat(form.locator("#a-reason").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA with the form and its problem").isEmpty();
        // at a phone's width the lists become one block per dossier, and pass as well
        page.setViewportSize(375, 812);
        assertThat(Accessibility.violations(page)).as("WCAG 2.1 A/AA on the dossier at 375 px").isEmpty();
        page.setViewportSize(1366, 900);

        // approved, with the number of the result: the page reads the dossier again
        form.locator("#a-outcome").selectOption("APPROVED");
        form.locator("#a-resultReference").fill("77/GCN-SKHCN");
        form.locator("#a-electronicResult").check();
        form.locator("button[type='submit']").click();
        page.locator("#page-status [role='status']", new Page.LocatorOptions()
                .setHasText("Đã thực hiện: Giải quyết (ghi kết quả).")).waitFor();
        assertThat(page.locator("h1").innerText()).contains("Đã có kết quả");
        assertThat(page.locator("section[aria-labelledby='h-facts']").innerText()).contains("77/GCN-SKHCN");
        assertThat(page.locator("section[aria-labelledby='h-timeline']").innerText()).contains("Giải quyết (ghi kết quả)");
        assertThat(page.locator("[role='group'][aria-label='Thao tác được phép'] button").count()).isZero();
        page.context().close();

        // the desk returns the result
        Page deskPage = browser.signIn("tiepnhan.ls");
        deskPage.navigate("/#/ho-so/" + id);
        deskPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả kết quả")).click();
        deskPage.locator("form.action-form #a-method").selectOption("DESK");
        deskPage.locator("form.action-form button[type='submit']").click();
        deskPage.locator("#page-status [role='status']", new Page.LocatorOptions()
                .setHasText("Đã thực hiện: Trả kết quả.")).waitFor();
        assertThat(deskPage.locator("h1").innerText()).contains("Đã trả kết quả");
        deskPage.context().close();
        assertThat(api.get(dossier, desk).text("status")).isEqualTo("RETURNED");
    }

    @Test
    void aWorklistPageOfAThousandDossiersRendersWithinASecond(ConsoleBrowser browser) {
        // a thousand pending dossiers of the previous system, through the migration import as the province admin
        // (fixed sourceIds: a second run reports them unchanged)
        String admin = api.login("quantri.ls");
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        LocalDate today = LocalDate.now(VIETNAM);
        java.util.List<String> rows = IntStream.range(0, THOUSAND).mapToObj(i -> {
            ZonedDateTime accepted = today.minusDays(1 + i % 20).atTime(LocalTime.of(8, 30)).atZone(VIETNAM);
            ZonedDateTime due = today.plusDays(i % 15 - 5).atTime(LocalTime.of(17, 0)).atZone(VIETNAM);
            if (due.isBefore(accepted)) {
                due = accepted.plusDays(1).withHour(17).withMinute(0);
            }
            return """
                    {"sourceId":"WORKLIST-IT-%04d","channel":"DIRECT_CENTRE","procedureCode":"%s",\
                    "applicant":{"kind":"CITIZEN","name":"Người nộp %d","idNumber":"0200%08d"},\
                    "submittedAt":"%s","acceptedAt":"%s","dueAt":"%s"}""".formatted(i, PROCEDURE, i, 90_500_000 + i,
                    accepted.format(iso), accepted.format(iso), due.format(iso));
        }).toList();
        // in files of a hundred, each well within the gateway's 10 s for a service's answer
        int imported = 0;
        for (int from = 0; from < THOUSAND; from += 100) {
            String lines = String.join("\n", rows.subList(from, from + 100));
            Api.Reply report = api.send(HttpRequest.newBuilder(URI.create(gw + "/api/dossiers/imports"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(lines)));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().get("rejected").size()).as(report.body()).isZero();
            imported += report.json().get("created").asInt() + report.json().get("unchanged").asInt();
        }
        assertThat(imported).isEqualTo(THOUSAND);

        // the agency head's list holds them all; a page of a thousand, timed from navigation to the 1,000th row
        Page page = browser.signIn("lanhdao.ls");
        String address = "/#/xu-ly?view=agency&sort=receivedAt&size=" + THOUSAND;
        page.navigate(address);
        page.locator("table.worklist tbody tr").nth(THOUSAND - 1).waitFor();
        // the measured run: another list first, so the thousand rows are drawn anew from the API. Timed inside
        // the page, from the navigation (the address changing) to the frame after the 1,000th row has a box on
        // the page (laid out, then painted), so the figure is the console's and not the test driver's round trips
        // the measured runs: another list first each time, so the thousand rows are drawn anew from the API; five
        // of them, as the platform is still applying the thousand imports' events at first (the median is the
        // figure, each run is printed)
        List<Long> runs = new ArrayList<>();
        long withDriver = 0;
        for (int run = 0; run < 5; run++) {
            page.navigate("/#/xu-ly?view=agency&size=20");
            page.locator("table.worklist tbody tr").nth(19).waitFor();
            long started = System.nanoTime();
            double inPage = ((Number) page.evaluate("""
                    (address) => new Promise((resolve) => {
                      const t0 = performance.now();
                      window.__navigated = t0;
                      const check = () => {
                        const row = document.querySelectorAll('table.worklist tbody tr')[%d];
                        if (row && row.getClientRects().length > 0) {
                          requestAnimationFrame(() => setTimeout(() => {
                            window.__painted = performance.now();
                            resolve(window.__painted - t0);
                          }, 0));
                        } else {
                          requestAnimationFrame(check);
                        }
                      };
                      location.hash = address;
                      requestAnimationFrame(check);
                    })""".formatted(THOUSAND - 1), address.substring(1))).doubleValue();
            page.locator("table.worklist tbody tr").nth(THOUSAND - 1).waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
            withDriver = Duration.ofNanos(System.nanoTime() - started).toMillis();
            runs.add(Math.round(inPage));
        }
        List<Long> sorted = runs.stream().sorted().toList();
        long millis = sorted.get(sorted.size() / 2);
        // where the time went, from the page's own marks: the API's answer, then building the rows
        Object parts = page.evaluate("() => { const e = performance.getEntriesByType('resource')"
                + ".filter(r => r.name.includes('/api/worklist') && r.name.includes('size=1000')).pop();"
                + " const d = performance.getEntriesByName('worklist-data').pop();"
                + " const r = performance.getEntriesByName('worklist-rendered').pop();"
                + " const q = performance.getEntriesByName('worklist-request').pop();"
                + " return (q && r ? Math.round(q.startTime - window.__navigated) : -1) + ' ms to the request, '"
                + " + (e ? Math.round(e.responseEnd - e.startTime) : -1) + ' ms the API through the gateway, '"
                + " + (d && r ? Math.round(r.startTime - d.startTime) : -1) + ' ms building the rows, '"
                + " + (r ? Math.round(window.__painted - r.startTime) : -1) + ' ms layout and paint'; }");
        System.out.printf("WorklistIT: a worklist page of %d dossiers rendered in %d ms, the median of %s (navigation"
                + " to the %dth row laid out and painted, timed in the page; last run: %s; %d ms as the test driver saw"
                + " it)%n", THOUSAND, millis, runs, THOUSAND, parts, withDriver);
        assertThat(page.locator("table.worklist tbody tr").count()).isEqualTo(THOUSAND);
        assertThat(page.locator("#worklist-summary").innerText()).contains("hồ sơ của cơ quan");
        // the figure is printed, not asserted: a timing on a shared machine is a measurement, never a test verdict
        // (the closing note and README give it); the page must still hold every row
        page.context().close();
    }

    /** dd/MM/yyyy of an instant, in Việt Nam. */
    private static String dateOf(String instant) {
        return java.time.Instant.parse(instant).atZone(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
