insert into runs (run_id, flow_run_id, input_path, started_at, status)
values ($run_id, $run_id, $input_path, current_timestamp, 'running')
on conflict (run_id) do update set started_at = excluded.started_at, status = excluded.status
