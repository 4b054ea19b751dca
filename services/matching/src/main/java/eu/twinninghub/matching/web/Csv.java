package eu.twinninghub.matching.web;

/**
 * Cells of the open-data CSV export (RFC 4180) that are safe to open in a spreadsheet: a value that
 * a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return;
 * an authority may be registered under any name) is prefixed with a quote, as OWASP advises.
 */
final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";

    private Csv() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
