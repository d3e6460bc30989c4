package vn.motcua.catalog.rest;

import java.time.LocalDate;
import vn.motcua.catalog.service.CatalogueSearch;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.web.PlausibleDates;
import vn.motcua.platform.web.TextRules;

/** The shapes the public catalogue's parameters must have; a query string gets the rules a JSON body gets. */
final class PublicParameters {
    static final String PROVINCE = "[0-9]{2}";
    static final String PROVINCE_MESSAGE = "must be a two-digit province code";
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";
    static final String CODE_MESSAGE = "must be a code of letters, digits, '.', '_' and '-', up to 50";
    static final String PROCEDURE_CODE = "[0-9A-Za-z][0-9A-Za-z.]{0,19}";
    static final String PROCEDURE_CODE_MESSAGE = "must look like 1.004227";

    private PublicParameters() {
    }

    /** NFC text without control characters (TextRules, as for JSON bodies), or a 400 naming the parameter. */
    static String text(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return TextRules.accept(value);
        } catch (TextRules.Refused e) {
            throw ProblemException.invalidField(parameter, e.getMessage());
        }
    }

    /** The day asked for, within the years dates may have anywhere in mot-cua; today when none. */
    static LocalDate day(String parameter, LocalDate value, String province, CatalogueSearch search) {
        if (value == null) {
            return search.today(province);
        }
        if (value.getYear() < PlausibleDates.FIRST_YEAR || value.getYear() > PlausibleDates.LAST_YEAR) {
            throw ProblemException.invalidField(parameter, "must be in the years " + PlausibleDates.FIRST_YEAR + " to "
                    + PlausibleDates.LAST_YEAR);
        }
        return value;
    }
}
