-- Who asked and under which correlation id: filled by the API for every new assessment.
ALTER TABLE assessment ADD COLUMN correlation_id VARCHAR(64);
ALTER TABLE assessment ADD COLUMN client_id VARCHAR(64);
ALTER TABLE assessment ADD COLUMN role VARCHAR(16);
CREATE INDEX assessment_client_id ON assessment (client_id);
