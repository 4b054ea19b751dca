package eu.twinninghub.matching.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aFormulaIsTextInASpreadsheet() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Vinnytsia\"\")\"",
                Csv.cell("=HYPERLINK(\"http://evil.example\",\"Vinnytsia\")"));
        assertEquals("'+1+1", Csv.cell("+1+1"));
        assertEquals("'-2", Csv.cell("-2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tcmd", Csv.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", Csv.cell("\rcmd"));
    }

    @Test
    void ordinaryCellsAreAsRfc4180Says() {
        assertEquals("Vinnytska miska terytorialna hromada", Csv.cell("Vinnytska miska terytorialna hromada"));
        assertEquals("\"Aachen, Stadt\"", Csv.cell("Aachen, Stadt"));
        assertEquals("\"a \"\"quoted\"\" name\"", Csv.cell("a \"quoted\" name"));
        assertEquals("UA05020030000031457", Csv.cell("UA05020030000031457"));
        assertEquals("", Csv.cell(null));
    }
}
