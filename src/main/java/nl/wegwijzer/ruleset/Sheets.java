package nl.wegwijzer.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An uploaded .xlsx table read as CSV text: its first sheet, cells as displayed, within fixed limits. */
final class Sheets {
    static final int MAX_ROWS = 2 * TableShape.MAX_ROWS;
    static final int MAX_COLUMNS = 64;

    static {
        // An .xlsx is a zip of XML: POI refuses entries that inflate more than MAX_RATIO times or grow
        // past the table limit. Its XML parsers refuse DOCTYPEs, so no external entities are read.
        ZipSecureFile.setMinInflateRatio(1.0 / DraftUploads.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(4L * DraftUploads.MAX_TABLE_BYTES);
    }

    private Sheets() {
    }

    /** The first sheet of a workbook as CSV text, within the limits of a table. */
    static String csv(String name, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, "more than " + MAX_ROWS + " rows");
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                if (last > MAX_COLUMNS) {
                    throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, "more than " + MAX_COLUMNS + " columns");
                }
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                csv.append(String.join(",", cells.stream().map(Sheets::quote).toList())).append('\n');
            }
            return csv.toString();
        } catch (DraftRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, name, "not a readable .xlsx workbook (or over its limits)");
        }
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

}
