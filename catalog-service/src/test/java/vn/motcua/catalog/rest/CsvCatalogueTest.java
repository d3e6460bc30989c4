package vn.motcua.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.platform.problem.ProblemException;

/** RFC 4180 as spreadsheets write it, rows numbered as the spreadsheet numbers them. */
class CsvCatalogueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # what the file holds (\\n, \\r escaped)     | rows as number:[cells]
            a,b\\r\\nc,d                                   | 1:[a, b] 2:[c, d]
            a,b\\nc,d\\n                                   | 1:[a, b] 2:[c, d]
            "a,b","c""d"                                  | 1:[a,b, c"d]
            "Sở Y tế\\nCông an tỉnh",x\\ny,z              | 1:[Sở Y tế\\nCông an tỉnh, x] 2:[y, z]
            a\\n\\nb                                       | 1:[a] 3:[b]
            a,                                            | 1:[a, ]
            "",""                                         | 1:[, ]
            """)
    void recordsAreNumberedAsSpreadsheetRows(String file, String expected) {
        List<vn.motcua.platform.web.CsvRecords.Line> lines = CsvCatalogue.lines(unescape(file));

        String shown = String.join(" ", lines.stream().map(l -> l.number() + ":" + l.cells()).toList());
        assertThat(shown.replace("\n", "\\n")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            a\\n"b"c                | line 2: text after a closing quote
            a\\nb"c                 | line 2: a quote inside an unquoted cell
            a\\n"b,c\\nd            | line 2: a quote is never closed
            """)
    void badQuotingRefusesTheFileNamingTheRow(String file, String message) {
        assertThatThrownBy(() -> CsvCatalogue.lines(unescape(file)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors().getFirst().message()).isEqualTo(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                      | header | the file is empty: the first line must name the columns
            MaTTHC,MaTTHC                           | header | column MaTTHC appears twice
            MaTTHC,Ten                              | header | unknown column "Ten"; the columns are MaTTHC, MaDichVu, TenTTHC, MaLinhVuc, CoQuanThucHien, CapBanHanh, CoChe, CoQuanPhoiHop, MucDoTrucTuyen, TiepNhanBuuChinh, TraKetQuaBuuChinh, BonTaiCho, MaTruongHop, TenTruongHop, ThoiHan, DonViThoiHan, PhiLePhi, ThanhPhanHoSo, SoQuyetDinh, NgayQuyetDinh, CoQuanBanHanh, NgayHieuLuc
            """)
    void aHeaderThatDoesNotNameEachColumnOnceRefusesTheFile(String file, String field, String message) {
        assertThatThrownBy(() -> CsvCatalogue.parse(file))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    assertThat(((ProblemException) e).errors().getFirst().field()).isEqualTo(field);
                    assertThat(((ProblemException) e).errors().getFirst().message()).isEqualTo(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # a code echoed in a report only when it has the national shape
            1.004227       | 1.004227
            1.004227.H39   |
            <script>       |
            """)
    void onlyANationalCodeIsEchoed(String raw, String echoed) {
        assertThat(CsvCatalogue.reportableCode(raw)).isEqualTo(echoed);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
