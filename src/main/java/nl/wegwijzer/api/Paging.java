package nl.wegwijzer.api;

import java.util.List;

import nl.wegwijzer.contract.Contract;

/** A page of a trail as the query asks for it: page from 0, size from 1 to 200 (default 50), a reference of at most 64. */
record Paging(int page, int size) {
    /** The page asked for; its mistakes go to {@code errors}, each naming its parameter. */
    static Paging of(Integer page, Integer size, String reference, List<Contract.FieldError> errors) {
        int number = page == null ? 0 : page;
        int length = size == null ? 50 : size;
        if (number < 0) {
            errors.add(new Contract.FieldError("", "page", "must be 0 or more"));
        }
        if (length < 1 || length > 200) {
            errors.add(new Contract.FieldError("", "size", "must be from 1 to 200"));
        }
        if (reference != null && reference.length() > 64) {
            errors.add(new Contract.FieldError("", "reference", "must be at most 64 characters"));
        }
        return new Paging(number, length);
    }
}
