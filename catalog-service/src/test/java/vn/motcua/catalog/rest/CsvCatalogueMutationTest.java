package vn.motcua.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.problem.ProblemException;

/**
 * Thousands of damaged copies of a good file: each is read into rows (rejected ones naming a column and a line)
 * or refused as a whole with a problem; nothing else ever escapes (no server error from a spreadsheet).
 */
class CsvCatalogueMutationTest {
    private static final String GOOD = String.join(",", CsvCatalogue.COLUMNS) + "\r\n"
            + "1.004227,,\"Cấp giấy phép, X-quang\",G19-ATBX,SKHCN-20,Trung ương,Một cửa liên thông,\"Sở Y tế\nCông an\","
            + "Toàn trình,Có,Không,Có,MOI,Cấp mới,10,Ngày làm việc,\"Phí: 2.000.000\",\"Đơn\",1/QĐ,20/06/2025,UBND,"
            + "01/07/2025\r\n"
            + "1.004227,,\"Cấp giấy phép, X-quang\",G19-ATBX,SKHCN-20,Trung ương,Một cửa liên thông,\"Sở Y tế\nCông an\","
            + "Toàn trình,Có,Không,Có,GIA_HAN,Gia hạn,5,Giờ làm việc,\"Phí: 2.000.000\",\"Đơn\",1/QĐ,20/06/2025,UBND,"
            + "01/07/2025\r\n";
    private static final String NOISE = ",\"\r\n:.;/\\0\u0000\u0007\u202e\uFEFF\uD800aZ9đ́ ";

    @Test
    void theGoodFileReadsAsOneProcedureWithTwoVariants() {
        List<CsvCatalogue.Parsed> parsed = CsvCatalogue.parse(GOOD);

        assertThat(parsed).hasSize(1);
        assertThat(parsed.getFirst().errors()).isEmpty();
        assertThat(parsed.getFirst().body().terms().caseVariants()).hasSize(2);
    }

    @Test
    void everyDamagedCopyIsReadOrRefusedWithAProblemNeverAnythingElse() {
        Random random = new Random(20261129);
        int refusedWhole = 0;
        int rejectedRows = 0;
        for (int i = 0; i < 5000; i++) {
            String damaged = damage(GOOD, random);
            try {
                for (CsvCatalogue.Parsed p : CsvCatalogue.parse(damaged)) {
                    if (!p.errors().isEmpty()) {
                        rejectedRows++;
                        assertThat(p.errors()).allSatisfy(e -> assertThat(e.message()).startsWith("line "));
                    }
                }
            } catch (ProblemException e) {
                refusedWhole++;
                assertThat(e.status()).isEqualTo(400);
            }
        }
        // the mutations reach both kinds of refusal, or this test proves little
        assertThat(refusedWhole).isGreaterThan(500);
        assertThat(rejectedRows).isGreaterThan(500);
    }

    private static String damage(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 2 -> s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> s.delete(at, Math.min(s.length(), at + random.nextInt(30)));
            }
        }
        return s.toString();
    }
}
