-- Which batch jobs are being worked (issue 14): the instance working a job marks it after every chunk.
-- A job with lines still pending whose mark has gone stale (its instance stopped, or paused while the
-- database was away) is taken over by another instance, or by the same one once the database is back.
ALTER TABLE batch_job ADD COLUMN heartbeat TIMESTAMP WITH TIME ZONE;
