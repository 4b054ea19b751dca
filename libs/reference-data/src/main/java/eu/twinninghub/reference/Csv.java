package eu.twinninghub.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: cells separated by commas, a cell in double quotes may hold
 * commas, line breaks and doubled quotes; lines end in LF or CRLF. The reference files and the
 * lists of partnerships people upload are read by this one reader.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The records of {@code text}, blank lines skipped; it stops once it has read more than
     * {@code atMost}, so that a huge file is refused without being read whole.
     *
     * @throws IllegalArgumentException when the text ends inside a quoted cell
     */
    public static List<List<String>> records(String text, int atMost) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !cell.isEmpty()) {
                    record.add(cell.toString());
                    records.add(record);
                    if (records.size() > atMost) {
                        return records;
                    }
                }
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("ends inside a quoted cell: a closing \" is missing");
        }
        if (any || !cell.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
