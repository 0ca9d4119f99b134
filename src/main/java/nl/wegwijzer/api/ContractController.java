package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.contract.generated.ContractApi;

/**
 * The contract, open to anyone and readable from any origin (NL API Design Rules, /core/publish-openapi):
 * {@code Access-Control-Allow-Origin: *} on every answer, and a CORS preflight needs no key.
 */
@RestController
public class ContractController implements ContractApi {
    private final Map<String, Object> asJson;
    private final byte[] asYaml;

    public ContractController(Contract contract) {
        this.asJson = new ObjectMapper().convertValue(contract.document(), new TypeReference<>() { });
        this.asYaml = contract.yaml().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ResponseEntity<Map<String, Object>> getContractJson() {
        return ResponseEntity.ok().header("Access-Control-Allow-Origin", "*").body(asJson);
    }

    @Override
    public ResponseEntity<Resource> getContractYaml() {
        return ResponseEntity.ok().header("Access-Control-Allow-Origin", "*")
                .contentType(MediaType.parseMediaType("application/yaml")).body(new ByteArrayResource(asYaml));
    }
}
