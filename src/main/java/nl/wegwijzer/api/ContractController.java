package nl.wegwijzer.api;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.api.generated.ContractApi;

@RestController
public class ContractController implements ContractApi {
    private final Contract contract;
    private final Map<String, Object> asJson;

    public ContractController(Contract contract) {
        this.contract = contract;
        this.asJson = new ObjectMapper().convertValue(contract.document(), new TypeReference<>() { });
    }

    @Override
    public ResponseEntity<Map<String, Object>> getContractJson() {
        return ResponseEntity.ok(asJson);
    }

    @Override
    public ResponseEntity<String> getContractYaml() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(contract.yaml());
    }
}
