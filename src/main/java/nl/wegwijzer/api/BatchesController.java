package nl.wegwijzer.api;

import nl.wegwijzer.contract.AdviceMapper;
import nl.wegwijzer.contract.Contract;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.Batch;
import nl.wegwijzer.contract.generated.model.BatchFailure;
import nl.wegwijzer.contract.generated.model.BatchResult;
import nl.wegwijzer.contract.generated.model.FieldError;
import nl.wegwijzer.batch.BatchJobs;

/**
 * Many intakes at once ({@code createBatch}, {@code getBatch} of openapi.yaml): each line checked
 * against the contract now, decided in the background. Written by hand rather than from a generated
 * interface because a line that breaks the contract must fail alone, not the whole request.
 */
@RestController
public class BatchesController {
    static final int MAX_INTAKES = 10_000;
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final String PATH = "/api/v1/assessment-batches";

    private final BatchJobs jobs;
    private final Contract contract;
    private final Idempotency idempotency;

    public BatchesController(BatchJobs jobs, Contract contract, Idempotency idempotency) {
        this.jobs = jobs;
        this.contract = contract;
        this.idempotency = idempotency;
    }

    @PostMapping(path = PATH, consumes = {"application/json", "application/x-ndjson"},
            produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Batch> createBatch(HttpServletRequest request,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey)
            throws IOException {
        byte[] body = readLimited(request);
        boolean array = request.getContentType() != null && request.getContentType().startsWith("application/json");
        return idempotency.once(idempotencyKey, new String(body, StandardCharsets.UTF_8), Batch.class,
                () -> submit(array ? arrayLines(body) : ndjsonLines(body)));
    }

    @GetMapping(path = PATH + "/{id}", produces = {"application/json", "application/problem+json"})
    public ResponseEntity<Batch> getBatch(@PathVariable UUID id) {
        BatchJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("No batch with id " + id));
        Requests.mayRead(job.clientId());
        return ResponseEntity.ok(toDto(job));
    }

    /** A JSON array: the whole body must be well-formed; each element is a line. */
    private static List<JsonBodies.Parsed> arrayLines(byte[] body) {
        JsonNode tree = JsonBodies.parse(body);
        if (!tree.isArray()) {
            throw new InvalidRequestException("The body is not a JSON array",
                    List.of(new Contract.FieldError("", "", "must be a JSON array of intakes (or send application/x-ndjson)")));
        }
        List<JsonBodies.Parsed> lines = new ArrayList<>(tree.size());
        tree.forEach(node -> lines.add(new JsonBodies.Parsed(node, List.of())));
        return lines;
    }

    /** NDJSON: one intake a line; a line that is not JSON fails alone; blank lines are skipped (null). */
    private static List<JsonBodies.Parsed> ndjsonLines(byte[] body) {
        List<JsonBodies.Parsed> lines = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\\r?\\n", -1)) {
            lines.add(line.isBlank() ? null : JsonBodies.parseLine(line));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1) == null) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private ResponseEntity<Batch> submit(List<JsonBodies.Parsed> parsed) {
        long intakes = parsed.stream().filter(java.util.Objects::nonNull).count();
        if (intakes == 0) {
            throw new InvalidRequestException("The batch is empty", List.of(new Contract.FieldError("", "", "at least one intake is required")));
        }
        if (intakes > MAX_INTAKES) {
            throw new InvalidRequestException("Too many intakes", List.of(new Contract.FieldError("", "",
                    "at most " + MAX_INTAKES + " intakes per batch, got " + intakes)));
        }
        List<BatchJobs.Line> lines = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) != null) {
                lines.add(line(i + 1, parsed.get(i)));
            }
        }
        UUID id = jobs.submit(lines, Requests.asker());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(PATH + "/" + id))
                .body(toDto(jobs.find(id).orElseThrow()));
    }

    private BatchJobs.Line line(int number, JsonBodies.Parsed parsed) {
        List<Contract.FieldError> errors = parsed.errors();
        JsonNode node = parsed.tree();
        if (errors.isEmpty()) {
            Contract.dropNulls(node);
            errors = JsonBodies.loneSurrogates(node);
        }
        if (errors.isEmpty()) {
            errors = contract.validate("AssessmentRequest", node);
        }
        if (errors.isEmpty()) {
            try {
                return BatchJobs.Line.valid(number, AdviceMapper.toIntake(JsonBodies.mapper().treeToValue(node, AssessmentRequest.class)));
            } catch (JsonProcessingException e) {
                errors = List.of(new Contract.FieldError("", "", "cannot be read as an intake"));
            }
        }
        return BatchJobs.Line.invalid(number, errors.stream().map(e -> new BatchJobs.Problem(e.pointer(), e.field(), e.detail())).toList());
    }

    /** Refused on the length it declares before a byte is read (see {@link DeclaredBodyLimit}), else where it is cut off. */
    private static byte[] readLimited(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException(MAX_BODY_BYTES);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException(MAX_BODY_BYTES);
        }
        return body;
    }

    private static Batch toDto(BatchJobs.Job job) {
        boolean done = job.done();
        return new Batch(job.id(), done ? Batch.StatusEnum.DONE : Batch.StatusEnum.RUNNING, job.total(), job.processed(),
                job.succeeded(), job.failed(),
                done ? job.results().stream().map(r -> new BatchResult(r.line(), r.assessmentId(), r.recommended())
                        .reference(r.reference())).toList() : List.of(),
                job.failures().stream().map(f -> new BatchFailure(f.line(), f.problems().stream()
                        .map(p -> new FieldError(p.pointer(), p.detail()).field(p.field())).toList())).toList());
    }
}
