package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.util.List;

/** A request that breaks the contract, with every invalid field. */
public class InvalidRequestException extends RuntimeException {
    private final transient List<Contract.FieldError> errors;

    public InvalidRequestException(String detail, List<Contract.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Contract.FieldError> errors() {
        return errors;
    }
}
