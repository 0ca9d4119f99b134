package nl.wegwijzer.pages;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/** A file the rule desk uploads to the API as a draft would be uploaded: a path in the rules folder and its text. */
final class UploadedText implements MultipartFile {
    private final String path;
    private final byte[] content;

    UploadedText(String path, String text) {
        this.path = path;
        this.content = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getName() {
        return "files";
    }

    @Override
    public String getOriginalFilename() {
        return path;
    }

    @Override
    public String getContentType() {
        return "text/plain";
    }

    @Override
    public boolean isEmpty() {
        return content.length == 0;
    }

    @Override
    public long getSize() {
        return content.length;
    }

    @Override
    public byte[] getBytes() {
        return content.clone();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public void transferTo(File destination) throws IOException {
        java.nio.file.Files.write(destination.toPath(), content);
    }
}
