package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import nl.wegwijzer.audit.Export;

/**
 * GET /api/v1/assessments/export, as openapi.yaml describes it. Written by hand rather than from the
 * generated ExportApi because the generator has no type for a streamed body.
 */
@RestController
public class ExportController {
    private final Export export;

    public ExportController(Export export) {
        this.export = export;
    }

    @GetMapping("/api/v1/assessments/export")
    public ResponseEntity<StreamingResponseBody> exportAssessments(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "jsonl") String format) {
        Export.Format chosen = switch (format) {
            case "jsonl" -> Export.Format.JSONL;
            case "csv" -> Export.Format.CSV;
            default -> throw new InvalidRequestException("Unknown export format",
                    List.of(new Contract.FieldError("", "format", "must be jsonl or csv")));
        };
        MediaType type = chosen == Export.Format.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : MediaType.parseMediaType("application/x-ndjson");
        StreamingResponseBody body = out -> export.write(from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), chosen, out);
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=assessments." + format).body(body);
    }
}
