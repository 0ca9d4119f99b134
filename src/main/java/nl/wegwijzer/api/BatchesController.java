package nl.wegwijzer.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.api.generated.BatchesApi;
import nl.wegwijzer.api.generated.model.AssessmentRequest;
import nl.wegwijzer.api.generated.model.Batch;
import nl.wegwijzer.api.generated.model.BatchFailure;
import nl.wegwijzer.api.generated.model.BatchResult;
import nl.wegwijzer.api.generated.model.FieldError;
import nl.wegwijzer.batch.BatchJobs;

/** Many intakes at once: each line checked against the contract now, decided in the background. */
@RestController
public class BatchesController implements BatchesApi {
    static final int MAX_INTAKES = 10_000;
    static final int MAX_BODY_CHARS = 32 * 1024 * 1024;

    private final BatchJobs jobs;
    private final Contract contract;
    private final Idempotency idempotency;
    private final ObjectMapper json = new ObjectMapper();

    public BatchesController(BatchJobs jobs, Contract contract, Idempotency idempotency) {
        this.jobs = jobs;
        this.contract = contract;
        this.idempotency = idempotency;
    }

    @Override
    public ResponseEntity<Batch> createBatch(String body, String acceptLanguage, String idempotencyKey) {
        return idempotency.once(idempotencyKey, body == null ? "" : body, Batch.class, () -> submit(body));
    }

    private ResponseEntity<Batch> submit(String body) {
        if (body != null && body.length() > MAX_BODY_CHARS) {
            throw new PayloadTooLargeException(MAX_BODY_CHARS);
        }
        List<JsonNode> nodes = new ArrayList<>();
        List<BatchJobs.Line> lines = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.startsWith("[")) {
            try {
                json.readTree(text).forEach(nodes::add);
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException("The body is not a well-formed JSON array",
                        List.of(new Contract.FieldError("", "", "not well-formed JSON: " + e.getOriginalMessage())));
            }
        } else {
            for (String line : text.split("\\r?\\n", -1)) {
                if (line.isBlank()) {
                    nodes.add(null);
                    continue;
                }
                try {
                    nodes.add(json.readTree(line));
                } catch (JsonProcessingException e) {
                    nodes.add(json.getNodeFactory().textNode("\u0000malformed: " + e.getOriginalMessage()));
                }
            }
            while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) == null) {
                nodes.remove(nodes.size() - 1);
            }
        }
        long intakes = nodes.stream().filter(java.util.Objects::nonNull).count();
        if (intakes == 0) {
            throw new InvalidRequestException("The batch is empty", List.of(new Contract.FieldError("", "", "at least one intake is required")));
        }
        if (intakes > MAX_INTAKES) {
            throw new InvalidRequestException("Too many intakes", List.of(new Contract.FieldError("", "",
                    "at most " + MAX_INTAKES + " intakes per batch, got " + intakes)));
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            if (node == null) {
                continue;
            }
            int number = i + 1;
            if (node.isTextual() && node.asText().startsWith("\u0000malformed: ")) {
                lines.add(BatchJobs.Line.invalid(number, List.of(new BatchJobs.Problem("", "",
                        "not well-formed JSON: " + node.asText().substring(12)))));
                continue;
            }
            Contract.dropNulls(node);
            List<Contract.FieldError> errors = contract.validate("AssessmentRequest", node);
            if (!errors.isEmpty()) {
                lines.add(BatchJobs.Line.invalid(number, errors.stream()
                        .map(e -> new BatchJobs.Problem(e.pointer(), e.field(), e.detail())).toList()));
                continue;
            }
            try {
                lines.add(BatchJobs.Line.valid(number, AdviceMapper.toIntake(json.treeToValue(node, AssessmentRequest.class))));
            } catch (JsonProcessingException e) {
                lines.add(BatchJobs.Line.invalid(number, List.of(new BatchJobs.Problem("", "", "cannot be read as an intake"))));
            }
        }
        UUID id = jobs.submit(lines, Requests.asker());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/assessment-batches/" + id))
                .body(toDto(jobs.find(id).orElseThrow()));
    }

    @Override
    public ResponseEntity<Batch> getBatch(UUID id) {
        BatchJobs.Job job = jobs.find(id).orElseThrow(() -> new NotFoundException("No batch with id " + id));
        Requests.mayRead(job.clientId());
        return ResponseEntity.ok(toDto(job));
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
