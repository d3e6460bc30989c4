package vn.motcua.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.reporting.domain.form.ReportForm;

class CsvExportTest {
    @Test
    void oneLinePerRowAfterTheColumnKeysWithTheCorrectedFigureAndTheBom() throws IOException {
        byte[] csv = render(SampleForms.province());

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "row,label,received.total,received.online,received.directOrPostal,received.carriedOver,"
                + "resolved.total,resolved.early,resolved.onTime,resolved.late,inProgress.total,inProgress.withinDue,"
                + "inProgress.overdue,stopped\r\n"
                + "KHCN,Lĩnh vực Khoa học và Công nghệ,12,5,4,3,8,2,5,1,3,2,1,1\r\n"
                + "TP,Lĩnh vực Tư pháp,20,15,3,2,15,5,9,2,5,4,1,0\r\n"
                + "DD,\"Lĩnh vực Đất đai: đăng ký biến động quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn"
                + " liền với đất của hộ gia đình, cá nhân, cộng đồng dân cư ở cấp huyện và cấp xã\","
                + "1234,1000,200,34,1200,100,1000,100,30,20,10,4\r\n"
                + "TOTAL,Tổng số,1266,1020,207,39,1223,107,1014,102,38,26,12,5\r\n");
    }

    @Test
    void percentagesHaveOneDecimalAfterADotQuotesAreDoubledAndFormulasAreNeutralised() throws IOException {
        assertThat(new String(render(SampleForms.rates()), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "row,label,numerator,denominator,percent,target,definition\r\n"
                + "ONLINE_DOSSIERS,Hồ sơ tiếp nhận trực tuyến,124,489,25.4,60.0,"
                + "\"Hồ sơ tiếp nhận trực tuyến ÷ hồ sơ tiếp nhận, \"\"mới\"\" trong kỳ\"\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),0,0,,,'-không có dữ liệu\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+84 912|'+84 912",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "Tư pháp = 2|Tư pháp = 2",
            "'quoted|'quoted"})
    void aTextFieldThatASpreadsheetWouldEvaluateGetsAnApostrophe(String text, String written) {
        assertThat(CsvExport.text(text)).isEqualTo(written);
    }

    private static byte[] render(ReportForm form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport().write(form, out);
        return out.toByteArray();
    }
}
