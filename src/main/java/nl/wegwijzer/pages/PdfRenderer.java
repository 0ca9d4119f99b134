package nl.wegwijzer.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The print view as a PDF for the client file: the same template, rendered to XHTML and laid out by
 * openhtmltopdf with its print style sheet and the DejaVu fonts bundled in the jar (nothing is
 * fetched from anywhere; a URL outside the service's own assets is not resolved).
 */
@Component
public class PdfRenderer {
    private final TemplateEngine templates;

    public PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context(Labels.DUTCH, model);
        context.setVariable("pdf", true);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useUriResolver((base, uri) -> own(uri));
            builder.withHtmlContent(html, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the service's own assets, from the jar; anything else stays unresolved. */
    private static String own(String uri) {
        if (uri == null || !uri.startsWith("/assets/") || uri.contains("..")) {
            return null;
        }
        URL resource = PdfRenderer.class.getResource("/static" + uri);
        return resource == null ? null : resource.toExternalForm();
    }
}
