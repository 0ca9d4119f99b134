package nl.wegwijzer.audit;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Reads stored assessments; writing goes through {@link JdbcAdviceStore}, insert only. */
public interface AssessmentRecords extends Repository<Assessment, UUID> {
    Optional<Assessment> findById(UUID id);
}
