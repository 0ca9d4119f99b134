package nl.wegwijzer.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The fingerprints of a rule set: every file's SHA-256, and one over all of them with the version label. */
public final class RuleSetHash {
    private RuleSetHash() {
    }

    /** The content hash: every file's path and SHA-256, and the version label. */
    public static String of(List<RuleFile> files, String version) {
        StringBuilder all = new StringBuilder();
        for (RuleFile file : files) {
            all.append(file.name()).append('\0').append(file.sha256()).append('\n');
        }
        all.append(RuleFolder.DESCRIPTOR).append('\0').append(version).append('\n');
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
