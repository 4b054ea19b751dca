package eu.twinninghub.matching.partnership;

import eu.twinninghub.api.partnership.PartnershipImport;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.reference.Csv;
import eu.twinninghub.service.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of partnerships as CSV (RFC 4180: comma-separated, double quotes around a cell that holds a
 * comma, quote or line break), in UTF-8, with a header naming these columns in any order:
 * {@link #COLUMNS}. A file that cannot be read as such is refused as a whole, naming what is wrong.
 */
public final class CsvList {

    public static final List<String> COLUMNS = List.of("hromada_code", "hromada_name", "partner_code", "partner_name",
            "partner_country", "since", "reference");

    private CsvList() {
    }

    public static List<PartnershipImport.Row> rows(byte[] file) {
        List<List<String>> records = records(text(file));
        if (records.isEmpty()) {
            throw ProblemException.invalid("file", "is empty: it needs a header line and a row per partnership");
        }
        List<String> header = records.get(0).stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[COLUMNS.size()];
        List<Problem.Violation> missing = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = header.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                missing.add(new Problem.Violation("file", "misses the column " + COLUMNS.get(i)
                        + " (the header names " + String.join(", ", COLUMNS) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        if (records.size() - 1 > PartnershipImport.MAX_ROWS) {
            throw ProblemException.invalid("file", "has more than " + PartnershipImport.MAX_ROWS
                    + " rows, the most imported at once: split the list");
        }
        List<PartnershipImport.Row> rows = new ArrayList<>();
        List<Problem.Violation> wrong = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            String since = cell(record, at[5]);
            LocalDate day = null;
            try {
                day = since == null ? null : LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                wrong.add(new Problem.Violation("rows[" + (r - 1) + "].since", "must be a date like 2019-05-17"));
            }
            rows.add(new PartnershipImport.Row(cell(record, at[0]), cell(record, at[1]), cell(record, at[2]),
                    cell(record, at[3]), cell(record, at[4]), day, cell(record, at[6])));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        return rows;
    }

    /** UTF-8 only: a file saved in another encoding would turn names into nonsense that matches nothing. */
    private static String text(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
    }

    /** The records of the file, blank lines skipped, read no further than one past the most imported. */
    private static List<List<String>> records(String text) {
        try {
            return Csv.records(text, PartnershipImport.MAX_ROWS + 1);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("file", e.getMessage());
        }
    }

    private static String cell(List<String> record, int at) {
        if (at >= record.size()) {
            return null;
        }
        String value = record.get(at).strip();
        return value.isEmpty() ? null : value;
    }
}
