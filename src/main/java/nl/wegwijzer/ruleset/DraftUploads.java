package nl.wegwijzer.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns what a policy officer uploads into changed tables of the rule set, within fixed bounds. A
 * file must name an existing table, by its path in the rules folder or, when unambiguous, by its file
 * name; a zip holds such files; an .xlsx is read as the table of the same name. Nothing else gets in:
 * no DRL, no new file, no path outside the rules folder, nothing bigger than the limits below. The
 * tables come back as text, to be checked cell by cell ({@link TableShape}) before anything compiles.
 */
final class DraftUploads {
    static final int MAX_FILES = 20;
    static final int MAX_TABLE_BYTES = 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 100;
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_SHEET_ROWS = 2 * TableShape.MAX_ROWS;
    static final int MAX_SHEET_COLUMNS = 64;
    private static final String MACHINERY = "; the machinery of the rules is not editable through a draft; change it in "
            + "the repository's rules/ folder";

    static {
        // An .xlsx is a zip of XML: POI refuses entries that inflate more than MAX_RATIO times or grow
        // past the table limit. Its XML parsers refuse DOCTYPEs, so no external entities are read.
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(4L * MAX_TABLE_BYTES);
    }

    private DraftUploads() {
    }

    /** The changed tables, by path, as text. */
    static Map<String, String> read(Map<String, byte[]> uploads, Set<String> existing) {
        if (uploads.size() > MAX_FILES) {
            throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, null, uploads.size() + " files; a draft takes at most " + MAX_FILES);
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
            String name = upload.getKey();
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                unzip(name, upload.getValue(), existing).forEach((entry, content) -> put(tables, resolve(entry, existing), table(entry, content)));
            } else {
                String path = resolve(name, existing);
                put(tables, path, table(name, upload.getValue()));
            }
        }
        return tables;
    }

    private static void put(Map<String, String> tables, String path, String text) {
        if (tables.put(path, text) != null) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, path, "the draft holds this table twice");
        }
    }

    /** The text of one uploaded table: a CSV as UTF-8 text, an .xlsx read as its first sheet. */
    private static String table(String name, byte[] content) {
        if (content.length > MAX_TABLE_BYTES) {
            throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, content.length + " bytes; a table may be at most "
                    + MAX_TABLE_BYTES / 1024 + " KiB");
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? sheet(name, content) : utf8(name, content);
    }

    /**
     * The path of an existing table an upload name stands for. Names are compared as given, never
     * resolved against the file system: no absolute path, no "..", no backslash, no control character.
     */
    static String resolve(String given, Set<String> existing) {
        String name = given.startsWith("rules/") ? given.substring("rules/".length()) : given;
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || List.of(name.split("/", -1)).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, printable(given),
                    "not a file name of the rules folder (no absolute path, no '..', no backslash)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl") || lower.endsWith(".properties") || lower.endsWith(".java") || lower.endsWith(".class")) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "a draft holds tables, not rules or settings" + MACHINERY);
        }
        if (!lower.endsWith(".drl.csv") && !lower.endsWith(".drl.xlsx")) {
            throw new DraftRefused(DraftRefused.Kind.UNSUPPORTED, printable(name),
                    "a draft takes decision tables (*.drl.csv, or *.drl.xlsx for a table of that name) or a .zip of them");
        }
        String csv = lower.endsWith(".drl.xlsx") ? name.substring(0, name.length() - "xlsx".length()) + "csv" : name;
        if (csv.contains("/")) {
            if (existing.contains(csv)) {
                return csv;
            }
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "there is no such table; a draft may change the rows of "
                    + "existing tables, not add tables" + MACHINERY);
        }
        List<String> same = existing.stream().filter(p -> p.equals(csv) || p.endsWith("/" + csv)).sorted().toList();
        if (same.isEmpty()) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "there is no such table; a draft may change the rows of "
                    + "existing tables, not add tables" + MACHINERY);
        }
        if (same.size() > 1) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, name, "more than one table has this name (" + String.join(", ", same)
                    + "); name it by its folder, e.g. in a zip that keeps the folders");
        }
        return same.get(0);
    }

    /** The tables in a zip, by entry name; entries beyond the limits stop the reading at once. */
    private static Map<String, byte[]> unzip(String zipName, byte[] zip, Set<String> existing) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, zipName, "more than " + MAX_ZIP_ENTRIES + " entries");
                }
                if (entry.isDirectory() || entry.getName().endsWith("/")) {
                    continue;
                }
                String path = resolve(entry.getName(), existing);
                byte[] content = readBounded(in, path, MAX_TABLE_BYTES);
                unpacked += content.length;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, zipName, "unpacks to more than "
                            + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
                }
                if (unpacked > (long) MAX_RATIO * zip.length && unpacked > 64 * 1024) {
                    throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, zipName, "unpacks to more than " + MAX_RATIO
                            + " times its size (a zip bomb?)");
                }
                files.put(entry.getName(), content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, zipName, "the zip cannot be read");
        }
        if (files.isEmpty()) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, zipName, "the zip holds no tables");
        }
        return files;
    }

    /** Reads at most {@code limit} bytes; one more means the entry is too large, whatever its header claimed. */
    private static byte[] readBounded(InputStream in, String name, int limit) throws IOException {
        byte[] content = in.readNBytes(limit + 1);
        if (content.length > limit) {
            throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, "unpacks to more than " + limit / 1024 + " KiB; a table "
                    + "may be at most that");
        }
        return content;
    }

    private static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, name, "not UTF-8 text; save the table as CSV in UTF-8");
        }
    }

    /** The first sheet of a workbook as CSV text, within the limits of a table. */
    private static String sheet(String name, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_SHEET_ROWS) {
                throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, "more than " + MAX_SHEET_ROWS + " rows");
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                if (last > MAX_SHEET_COLUMNS) {
                    throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, "more than " + MAX_SHEET_COLUMNS + " columns");
                }
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                csv.append(String.join(",", cells.stream().map(DraftUploads::quote).toList())).append('\n');
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

    private static String printable(String name) {
        String cut = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return cut.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
    }
}
