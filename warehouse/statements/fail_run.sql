update runs set finished_at = current_timestamp, status = 'failed' where run_id = $run_id
