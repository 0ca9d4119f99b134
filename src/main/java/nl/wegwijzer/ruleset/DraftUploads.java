package nl.wegwijzer.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns what a policy officer uploads into changed tables and scenarios of the rule set, within fixed
 * bounds. A table must be an existing one, named by its path in the rules folder or, when unambiguous,
 * by its file name; a zip holds such files in their folders; an .xlsx is read as the table of the same
 * name. A scenario file ({@code .feature}) replaces an existing one or is added to an existing
 * programme folder. Nothing else gets in: no DRL, no new table, no path outside the rules folder,
 * nothing bigger than the limits below. All come back as text, to be checked ({@link TableShape} cell
 * by cell, {@link ScenarioFiles} as Gherkin) before anything compiles.
 */
final class DraftUploads {
    static final int MAX_FILES = 20;
    static final int MAX_TABLE_BYTES = 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 100;
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    private DraftUploads() {
    }

    /** The changed tables and scenario files, by path, as text. */
    static Map<String, String> read(Map<String, byte[]> uploads, Set<String> existing) {
        if (uploads.size() > MAX_FILES) {
            throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, null, uploads.size() + " files; a draft takes at most " + MAX_FILES);
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
            String name = upload.getKey();
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                unzip(name, upload.getValue(), existing).forEach((entry, content) -> put(tables, UploadNames.resolve(entry, existing), table(entry, content)));
            } else {
                String path = UploadNames.resolve(name, existing);
                put(tables, path, table(name, upload.getValue()));
            }
        }
        return tables;
    }

    private static void put(Map<String, String> tables, String path, String text) {
        if (tables.put(path, text) != null) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, path, "the draft holds this file twice");
        }
    }

    /** The text of one uploaded table: a CSV as UTF-8 text, an .xlsx read as its first sheet. */
    private static String table(String name, byte[] content) {
        if (content.length > MAX_TABLE_BYTES) {
            throw new DraftRefused(DraftRefused.Kind.TOO_LARGE, name, content.length + " bytes; a file may be at most "
                    + MAX_TABLE_BYTES / 1024 + " KiB");
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Sheets.csv(name, content) : utf8(name, content);
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
                String path = UploadNames.resolve(entry.getName(), existing);
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
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, zipName, "the zip holds no tables or scenarios");
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
}
