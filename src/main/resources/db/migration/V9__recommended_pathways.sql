-- The pathways an advice recommended, as ",CODE,CODE," so the audit trail filters on one by LIKE.
-- Filled from the stored advice: V10 for existing rows, the store for new ones.
ALTER TABLE assessment ADD COLUMN recommended VARCHAR(1000);
